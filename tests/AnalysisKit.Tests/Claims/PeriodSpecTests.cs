using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// The spec's period rules and column conventions as a table (in the manner of the Recognizers-Text
/// spec files): an article of our own wording, its publication date, a figure, and the period the
/// spec gives it. Each rule has several rows that vary prepositions, word order, date styles and
/// the structure around the figure, so that a rule holds for wording it was not written against.
/// </summary>
public class PeriodSpecTests
{
    // Rule, article, publication date, figure, expected "start..end" ("" for an open end).
    public static TheoryData<string, string, string, long, string> Rows => new()
    {
        // Spec: a month without a year is the latest such month not after publication.
        { "month without year", "In March, 1,420 soldiers left their units without leave.", "2024-02-10", 1420, "2023-03..2023-03" },
        { "month without year", "Some 2,310 servicemen deserted last November, the ministry said.", "2024-06-01", 2310, "2023-11..2023-11" },
        { "month without year", "Prosecutors opened 3,870 absence cases in Jan.", "2024-05-03", 3870, "2024-01..2024-01" },
        { "month without year", "June saw 4,150 desertion proceedings opened.", "2024-06-20", 4150, "2024-06..2024-06" },
        { "month without year", "During Sept. the garrison courts received 655 absence cases.", "2024-08-02", 655, "2023-09..2023-09" },

        // Spec: open-ended periods end at publication; the full-scale war starts 2022-02.
        { "open-ended", "Since the full-scale invasion, courts have received 18,400 absence cases.", "2024-09-10", 18400, "2022-02..2024-09" },
        { "open-ended", "About 26,000 soldiers have deserted since the war began, the lawmaker said.", "2024-09-10", 26000, "2022-02..2024-09" },
        { "open-ended", "Since October 2023, investigators have opened 7,700 desertion cases.", "2024-09-10", 7700, "2023-10..2024-09" },
        { "open-ended", "Investigators have opened 7,700 desertion cases since Oct. 2023.", "2024-09-10", 7700, "2023-10..2024-09" },
        { "open-ended", "There are 14,250 absence cases currently under investigation.", "2024-09-10", 14250, "2022-02..2024-09" },

        // Spec: "this year" / "since the beginning of the year" start in January of the publication year.
        { "this year", "This year, 12,600 absence cases have been opened.", "2024-08-15", 12600, "2024-01..2024-08" },
        { "this year", "Since the start of the year, 3,480 soldiers have deserted.", "2024-08-15", 3480, "2024-01..2024-08" },
        { "this year", "Prosecutors have logged 9,050 desertion proceedings year to date.", "2024-08-15", 9050, "2024-01..2024-08" },
        { "this year", "So far in 2024, 2,940 servicemen have gone AWOL.", "2024-08-15", 2940, "2024-01..2024-08" },

        // Spec: a projection covers the whole projected period.
        { "projection", "The number of absence cases could exceed 90,000 this year, the MP warned.", "2024-08-15", 90000, "2024-01..2024-12" },
        { "projection", "Analysts expect desertion cases to reach 40,000 in 2025.", "2024-12-01", 40000, "2025-01..2025-12" },
        { "projection", "The ministry wants to mobilise 160,000 men next year.", "2024-12-01", 160000, "2025-01..2025-12" },
        { "projection", "Desertion cases are expected to top 15,000 by year-end.", "2024-08-01", 15000, "..2024-12" },
        { "projection", "Officials forecast up to 3,200 new desertion cases this year.", "2024-05-01", 3200, "2024-01..2024-12" },

        // Spec: a total with no stated period has no start and ends at publication.
        { "no stated period", "About 45,000 soldiers have left their units, a lawmaker said.", "2024-03-04", 45000, "..2024-03" },
        { "no stated period", "The army numbers some 880,000 troops.", "2024-03-04", 880000, "..2024-03" },

        // Spec: "until Aug. 30" / "by August 30" end on that day.
        { "closing day", "By 15 March, 2,200 deserters had returned to their units.", "2024-05-06", 2200, "..2024-03-15" },
        { "closing day", "As of October 1, 2024, prosecutors had registered 61,000 absence cases.", "2024-10-20", 61000, "..2024-10-01" },
        { "closing day", "Through Sept. 30, some 8,100 soldiers had come back to their units.", "2024-10-20", 8100, "..2024-09-30" },
        { "closing day", "The register held 5,630 desertion cases as at 31 July.", "2024-10-20", 5630, "..2024-07-31" },
        { "closing day", "As of 1 October, 3,950 soldiers had returned under the amnesty.", "2024-10-15", 3950, "..2024-10-01" },
        { "closing day", "By the end of last year, 20,300 absence cases were pending.", "2024-03-01", 20300, "..2023-12" },
        { "closing day", "Courts had 6,480 desertion cases on their books at the end of 2023.", "2024-03-01", 6480, "..2023-12" },

        // Spec: a per-month rate has no period unless the article gives one.
        { "per-month rate", "Roughly 4,000 soldiers desert every month.", "2024-10-20", 4000, ".." },
        { "per-month rate", "In 2023, about 1,300 servicemen went AWOL each month.", "2024-10-20", 1300, "2023-01..2023-12" },

        // Spec: "next quarter" is the next calendar quarter.
        { "next quarter", "The ministry plans to draft 25,000 recruits in the next quarter.", "2024-11-05", 25000, "2025-01..2025-03" },
        { "next quarter", "Some 12,000 conscripts will be mobilised over the coming quarter.", "2024-05-05", 12000, "2024-07..2024-09" },

        // Spec: "over the past year" runs from the same month a year before the reference month through it.
        { "past months", "Over the past 12 months, courts convicted 3,140 soldiers of absence.", "2024-06-10", 3140, "2023-06..2024-06" },
        { "past months", "Over the past six months, investigators registered 9,300 desertion cases.", "2024-09-10", 9300, "2024-03..2024-09" },
        { "past months", "In the last three months, 2,700 soldiers deserted.", "2024-09-10", 2700, "2024-06..2024-09" },

        // Spec: a year span reaching the current year ends at the stated cut-off, else at publication.
        { "year span", "From 2022 to 2024, the courts heard 41,000 absence cases.", "2024-07-01", 41000, "2022-01..2024-07" },
        { "year span", "In 2022–2024, prosecutors opened 88,000 desertion cases.", "2024-07-01", 88000, "2022-01..2024-07" },
        { "year span", "Between 2021 and 2023, 6,600 servicemen were convicted of absence.", "2024-07-01", 6600, "2021-01..2023-12" },
        { "year span", "Over 2022-23, the garrison courts heard 3,870 desertion cases.", "2024-07-01", 3870, "2022-01..2023-12" },
        { "year span", "Back in 2023 — just 1 240 absence cases and 380 desertion cases.", "2024-07-01", 1240, "2023-01..2023-12" },
        { "year span", "In May alone, 2,050 absence cases were opened.\n\nFrom 2022 to 2024, the register holds 71,400 absence cases.", "2024-07-01", 71400, "2022-01..2024-05" },

        // Spec: of two start anchors the more specific one (with a month) wins.
        { "two anchors", "Since 2023 — since the decree of May 2023, to be exact — tribunals have heard 3,300 absence cases.", "2024-07-01", 3300, "2023-05..2024-07" },
        { "two anchors", "Since 2021, or more precisely since March 2021, 4,120 soldiers have deserted.", "2024-07-01", 4120, "2021-03..2024-07" },

        // Spec and issue 8 item 1: parts, breakdowns and restatements take the total's period.
        { "parts", "Since the call-up of May 2021, garrison courts have logged 3,640 cases; these include 2,905 for unauthorised absence and 311 for desertion.", "2024-07-01", 2905, "2021-05..2024-07" },
        { "parts", "Since the call-up of May 2021, garrison courts have logged 3,640 cases; these include 2,905 for unauthorised absence and 311 for desertion.", "2024-07-01", 311, "2021-05..2024-07" },
        { "parts", "In H1 2024, 7,020 soldiers went AWOL, of whom 1,150 later returned.", "2024-09-01", 1150, "2024-01..2024-06" },
        { "parts", "In the first quarter, courts convicted 1,880 servicemen of absence. Of these, 430 received suspended sentences.", "2024-05-01", 430, "2024-01..2024-03" },
        { "parts", "In Jan.–Mar. 2024 the bureau opened 4,400 desertion cases: 3,100 in the east and 1,300 elsewhere.", "2024-06-01", 3100, "2024-01..2024-03" },
        { "parts", "Over the past six months, investigators registered 9,300 desertion cases, including 2,100 in the border regions.", "2024-09-10", 2100, "2024-03..2024-09" },
        { "parts", "Tribunals heard 2,480 absence cases in 2023. The great majority of them, 2,210, ended in a conviction.", "2024-03-01", 2210, "2023-01..2023-12" },
        { "parts", "Since the amnesty opened in March, 5,200 soldiers have returned to their units.\n\nIn 2023, prosecutors opened 19,000 absence cases.\n\nOf those who returned, about 700 have walked out again.", "2024-08-01", 700, "2024-03..2024-08" },
        { "parts", "Courts convicted 2,900 soldiers of absence in 2023. Since January, 3,400 new absence cases have been opened. Of the convicted, 1,100 were sent to prison.", "2024-08-01", 1100, "2023-01..2023-12" },
        { "parts", "Tribunals heard 1,240 absence cases in the first half of 2024. At least 300 of the defendants had been called up in 2022.", "2024-08-01", 300, "2024-01..2024-06" },
        { "parts", "Since January the court has registered 610 absence cases. Some 150 of them were mobilised in the autumn.", "2024-08-01", 150, "2024-01..2024-08" },

        // Spec: "in the same period last year" is the total's months a year earlier; "last year as a whole" the whole year.
        { "same months last year", "From February to June, prosecutors opened 6,140 absence cases, against 2,480 in the same months last year; last year as a whole saw 5,900.", "2024-08-01", 2480, "2023-02..2023-06" },
        { "same months last year", "From February to June, prosecutors opened 6,140 absence cases, against 2,480 in the same months last year; last year as a whole saw 5,900.", "2024-08-01", 5900, "2023-01..2023-12" },
        { "same months last year", "In the first quarter of 2024 the courts received 1,930 desertion cases, up from 1,210 in the same period of 2023.", "2024-06-01", 1210, "2023-01..2023-03" },
        { "same months last year", "Between January and April, 3,050 soldiers deserted. A year earlier the figure was 1,870.", "2024-06-01", 1870, "2023-01..2023-04" },

        // Spec and issue 8 item 2: in an enumeration each figure takes its own clause's period.
        { "enumeration", "Desertion cases climbed from 870 in 2021 to 2,340 in 2022 and 6,115 in the first nine months of 2023.", "2023-11-01", 870, "2021-01..2021-12" },
        { "enumeration", "Desertion cases climbed from 870 in 2021 to 2,340 in 2022 and 6,115 in the first nine months of 2023.", "2023-11-01", 2340, "2022-01..2022-12" },
        { "enumeration", "Desertion cases climbed from 870 in 2021 to 2,340 in 2022 and 6,115 in the first nine months of 2023.", "2023-11-01", 6115, "2023-01..2023-09" },
        { "enumeration", "By the end of 2022, absences had reached 4,410, alongside 1,206 desertions.", "2023-11-01", 1206, "..2022-12" },
        { "enumeration", "In 2022 the courts heard 1,110 absence cases; in 2023, 2,760; and in the first half of 2024, 1,980.", "2024-09-01", 2760, "2023-01..2023-12" },
        { "enumeration", "In 2022 the courts heard 1,110 absence cases; in 2023, 2,760; and in the first half of 2024, 1,980.", "2024-09-01", 1980, "2024-01..2024-06" },

        // Issue 8 item 4: "from 2021 to March 2024" is a span, not a single month.
        { "year to month", "From 2021 to March 2024, 5,480 soldiers were sentenced for desertion.", "2024-06-01", 5480, "2021-01..2024-03" },
        { "year to month", "Between 2020 and October 2023 the courts received 7,015 absence cases.", "2024-06-01", 7015, "2020-01..2023-10" },

        // Issue 8 item 4: "since [event] in Month Year" opens at the event's date.
        { "since event", "Since the amnesty law took effect in June 2024, 2,600 deserters have come back.", "2024-11-01", 2600, "2024-06..2024-11" },
        { "since event", "Since the second call-up wave of April 2023, 9,800 absence cases have been opened.", "2024-11-01", 9800, "2023-04..2024-11" },
        { "since event", "About 3,100 soldiers have returned since the procedure was simplified on 12 August.", "2024-11-01", 3100, "2024-08-12..2024-11" },
        { "since event", "Roughly 6,700 reservists have fled since the March 2023 call-up, the agency said.", "2024-11-01", 6700, "2023-03..2024-11" },
        { "since event", "Since the 14 May decree, tribunals have heard 830 absence cases.", "2024-11-01", 830, "2024-05..2024-11" },

        // Issue 8 item 4: a phrase before the reporting verb dates the report, the span dates the figure.
        { "report time", "In May the bureau said 9,870 had returned between 12 December and 28 February.", "2024-06-01", 9870, "2023-12-12..2024-02-28" },
        { "report time", "In April, the ministry reported that 2,150 soldiers had come back between 5 January and 10 March.", "2024-06-01", 2150, "2024-01-05..2024-03-10" },
        { "report time", "The bureau said in June that 3,300 deserters returned from December 1 to February 28.", "2024-07-01", 3300, "2023-12-01..2024-02-28" },

        // Issue 8 item 4: "since 2021" is January 2021, not the invasion month.
        { "since a year", "Since 2021, 4,900 absence cases have been opened.", "2024-06-01", 4900, "2021-01..2024-06" },
        { "since a year", "Courts have convicted 1,330 deserters since 2023.", "2024-06-01", 1330, "2023-01..2024-06" },
        { "since a year", "Tribunals have heard 1,480 desertion cases since 2022.", "2024-06-01", 1480, "2022-01..2024-06" },
        // ... and of two start anchors in one article, the one with a month wins.
        { "since a year", "Since the invasion of February 2022, prosecutors have opened 61,000 absence cases.\n\nAbout 9,300 soldiers have deserted since 2022, the court service said.", "2024-06-01", 9300, "2022-02..2024-06" },
        { "since a year", "Some 2,700 recruits have fled since 2023.\n\nThe call-up that began in September 2023 is still running. Since September 2023, 410 recruits were caught.", "2024-06-01", 2700, "2023-09..2024-06" },

        // Issue 8 item 4: an aside about part of a total leaves the total undated.
        { "aside about a part", "About 52,000 soldiers have deserted, a third of them last year.", "2024-06-01", 52000, "..2024-06" },
        { "aside about a part", "Some 18,000 absence cases have been opened, half of them since January.", "2024-06-01", 18000, "..2024-06" },
        { "aside about a part", "Around 9,400 servicemen have left their units, most of them in the spring.", "2024-06-01", 9400, "..2024-06" },

        // Issue 8 item 4: "since the call-up began" is tied to the call-up's date when the article states it.
        { "since a dated event", "The call-up was announced on 21 September 2022.\n\nSince the call-up began, courts have heard 2,900 absence cases.", "2024-06-01", 2900, "2022-09-21..2024-06" },
        { "since a dated event", "Mobilisation was declared in October 2023. Since mobilisation was announced, 1,760 men have deserted.", "2024-06-01", 1760, "2023-10..2024-06" },
        { "since a dated event", "Since the invasion began, 31,000 soldiers have gone AWOL.", "2024-06-01", 31000, "2022-02..2024-06" },
        { "since a dated event", "The draft was ordered on 3 March. Tribunals have received 640 absence cases since the call-up, the court service said.", "2024-06-01", 640, "2024-03-03..2024-06" },
        { "since a dated event", "Roughly 1,150 recruits have fled since the mobilisation started.\n\nThe partial mobilisation began in November 2023 and is still running.", "2024-06-01", 1150, "2023-11..2024-06" },
        { "since a dated event", "Since the call-up began, 870 men have deserted.", "2024-06-01", 870, "..2024-06" },
        { "since a dated event", "Since the spring, 2,250 soldiers have gone AWOL.", "2024-08-01", 2250, "2024-03..2024-08" },

        // A scheme's own dates: "that took effect in", "until the window closed on".
        { "scheme dates", "By 10 June, 2,750 deserters had returned under the rules that came into force on 1 April.", "2024-07-01", 2750, "2024-04-01..2024-06-10" },
        { "scheme dates", "Under the amnesty that took effect in March, 4,300 soldiers have come back.", "2024-07-01", 4300, "2024-03..2024-07" },
        { "scheme dates", "Until the amnesty window closed on 15 May, about 6,900 soldiers had come back this year.", "2024-07-01", 6900, "2024-01..2024-05-15" },
        { "scheme dates", "Before the scheme expired in April, some 1,700 deserters had returned to their brigades.", "2024-07-01", 1700, "..2024-04" },

        // What a figure is compared with, and a bracketed clause of its own, do not date it.
        { "comparison and aside", "In March, 2,400 soldiers deserted, more than in all of 2022.", "2024-05-01", 2400, "2024-03..2024-03" },
        { "comparison and aside", "Investigators opened 5,800 absence cases in the spring, fewer than in the winter.", "2024-07-01", 5800, "2024-03..2024-05" },
        { "comparison and aside", "The court service has released its figures for 2023.\n\n— insubordination: 512 (in 2021 the article was hardly applied)", "2024-03-01", 512, "2023-01..2023-12" },
        { "comparison and aside", "Desertion cases numbered 1,170 (in 2022 alone).", "2024-03-01", 1170, "2022-01..2022-12" },

        // The time of a report after the figure ("the minister said this month") does not date it.
        { "report time", "The army has some 910,000 troops, the defence minister said this month.", "2024-05-20", 910000, "..2024-05" },
        { "report time", "About 2,600 deserters have been detained, the police told reporters last week.", "2024-05-20", 2600, "..2024-05" },
        { "report time", "Roughly 35,000 soldiers were absent from their units, the general said in March.", "2024-05-20", 35000, "2024-03..2024-03" },

        // The ends of a change over a two-year span take its first and last year.
        { "change over a span", "Absence cases rose between 2022 and 2023, from 9 100 to 21,400.", "2024-05-20", 9100, "2022-01..2022-12" },
        { "change over a span", "Absence cases rose between 2022 and 2023, from 9 100 to 21,400.", "2024-05-20", 21400, "2023-01..2023-12" },
        { "change over a span", "From 2021 to 2023 desertion verdicts grew from 320 to 1,850.", "2024-05-20", 1850, "2023-01..2023-12" },

        // A footnote marker does not glue two sentences, and an open start and a closing day combine across a comma.
        { "footnotes and closing days", "About 4,800 soldiers came back to their units.[2] In January–March 2024 another 1,900 soldiers came back.", "2024-05-20", 4800, "..2024-05" },
        { "footnotes and closing days", "Since the scheme opened in October 2023, some 7,300 soldiers had come back as of 1 May.", "2024-05-20", 7300, "2023-10..2024-05-01" },

        // "during the year" is the year the paragraph speaks of.
        { "the year", "In 2023 the courts convicted 4,410 soldiers of absence. They also heard 96 cases of refusal to fight during the year.", "2024-05-20", 96, "2023-01..2023-12" },
        { "the year", "Tribunals heard 1,030 desertion cases during the year.", "2024-05-20", 1030, "2024-01..2024-05" },

        // Calendar words: halves, quarters, "last year as a whole", fiscal years (calendar years here).
        { "calendar words", "In H1 2024, 7,020 soldiers went AWOL.", "2024-09-01", 7020, "2024-01..2024-06" },
        { "calendar words", "The courts convicted 2,330 servicemen in the first quarter.", "2024-09-01", 2330, "2024-01..2024-03" },
        { "calendar words", "In the second half of the year, 5,210 absence cases were opened.", "2024-12-20", 5210, "2024-07..2024-12" },
        { "calendar words", "Last year as a whole saw 14,800 desertion cases.", "2024-03-01", 14800, "2023-01..2023-12" },
        { "calendar words", "In fiscal 2023, the prosecutors registered 12,700 absence cases.", "2024-03-01", 12700, "2023-01..2023-12" },
        { "calendar words", "In Q3 2023, 1,450 soldiers deserted.", "2024-03-01", 1450, "2023-07..2023-09" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_figure_gets_the_period_the_spec_gives_it(string rule, string article, string published, long value, string expected)
    {
        var claims = ClaimExtractor.Default.Extract(ArticleLoader.FromText(article, new ManifestEntry("a", "Harbour Gazette", "", DateOnly.Parse(published), false)));
        var claim = claims.FirstOrDefault(c => c.ValueLow == value || c.ValueHigh == value);
        Assert.True(claim is not null, $"{rule}: {value} is no claim of '{article}'");
        Assert.Equal(expected, $"{claim.PeriodStart?.ToString() ?? ""}..{claim.PeriodEnd?.ToString() ?? ""}");
    }
}
