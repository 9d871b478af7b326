using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class PeriodResolverTests
{
    private static readonly PeriodResolver Resolver = new();

    // Sentence, the figure inside it, publication date, expected start, end, rate ("" = none).
    public static TheoryData<string, string, string, string, string, string> Cases => new()
    {
        // A month without a year is the latest such month not after publication.
        { "His analysis indicated that in October alone, 21,600 soldiers had deserted.", "21,600", "2025-11-10", "2025-10", "2025-10", "total" },
        { "Last May saw a record 18,000 cases, and 17,000 abandoned their unit without authorization in September.", "18,000", "2025-10-15", "2025-05", "2025-05", "total" },
        { "Last May saw a record 18,000 cases, and 17,000 abandoned their unit without authorization in September.", "17,000", "2025-10-15", "2025-09", "2025-09", "total" },
        { "In December, 4,000 soldiers left their units.", "4,000", "2025-11-10", "2024-12", "2024-12", "total" },
        { "There have been over 21,000 desertions in October 2025 alone.", "21,000", "2025-11-25", "2025-10", "2025-10", "total" },
        // "this year" and "since the beginning of the year" start in January of the publication year.
        { "Since the beginning of the year, the total number of deserters had reportedly reached 180,000.", "180,000", "2025-11-10", "2025-01", "2025-11", "total" },
        { "310,000 cases are currently registered, 162,000 of which came just this year.", "162,000", "2025-11-25", "2025-01", "2025-11", "total" },
        { "So far this year, 90,000 soldiers have gone AWOL.", "90,000", "2025-06-03", "2025-01", "2025-06", "total" },
        // Open-ended periods end at the publication month; the full-scale war starts 2022-02.
        { "She also emphasized that since February 2022, over 230,000 criminal cases had been opened.", "230,000", "2025-11-10", "2022-02", "2025-11", "total" },
        { "Since the start of the full-scale war, 231,500 cases of abandonment of a unit have been initiated.", "231,500", "2025-10-15", "2022-02", "2025-10", "total" },
        { "there were 400,000 open cases of desertion since the invasion by the Russian Federation in 2022.", "400,000", "2025-11-25", "2022-02", "2025-11", "total" },
        { "at least 133,000 Russian soldiers have died since the beginning of the war, with the average age of those killed just 35.", "133,000", "2025-10-15", "2022-02", "2025-10", "total" },
        { "310,000 criminal cases are currently registered.", "310,000", "2025-11-25", "2022-02", "2025-11", "total" },
        { "To date, 45,000 soldiers have returned under the program.", "45,000", "2025-03-01", "2022-02", "2025-03", "total" },
        { "Since 2022, more than 200,000 proceedings have been opened.", "200,000", "2025-03-01", "2022-01", "2025-03", "total" },
        { "Since March 2023, 8,000 soldiers have surrendered.", "8,000", "2025-03-01", "2023-03", "2025-03", "total" },
        // Day-precise spans, a clause between the ends, a year to a month (issue 8).
        { "Between 3 October 2023 and 15 January 2024, 7,250 soldiers came back to their brigades.", "7,250", "2024-03-01", "2023-10-03", "2024-01-15", "total" },
        { "from May 2023, when the new rules came in, to the end of June 2024, courts logged 3,310 cases", "3,310", "2024-09-01", "2023-05", "2024-06", "total" },
        { "From 2020 to June 2023, tribunals heard 6,420 absence cases.", "6,420", "2024-09-01", "2020-01", "2023-06", "total" },
        { "the reserve gained 41,000 men between May and the end of July", "41,000", "2024-09-01", "2024-05", "2024-07", "total" },
        // A phrase before a reporting verb dates the report when another phrase dates the figure.
        { "In June the agency said 2,340 had come back between 10 January and 20 March.", "2,340", "2024-07-01", "2024-01-10", "2024-03-20", "total" },
        // A named month before "that" is the figure's point in time when nothing else dates it.
        { "The general said in April that about 615,000 troops were deployed.", "615,000", "2024-07-01", "2024-04", "2024-04", "total" },
        // An enumeration: each figure takes the phrase right after it.
        { "Cases climbed from 310 a month in early 2023 to 480 a month in May 2024.", "480", "2024-07-01", "2024-05", "2024-05", "per_month" },
        // A year labelling its figure in brackets, and "since 1 January", and a scheme that lapses on a day.
        { "Art. 335: 1 905 convicted (2021: 744)", "744", "2022-05-01", "2021-01", "2021-12", "total" },
        { "Since 1 January, about 77,000 recruits have signed up.", "77,000", "2024-07-01", "2024-01", "2024-07", "total" },
        { "The window, due to lapse on 15 May, was used by 6,300 soldiers.", "6,300", "2024-07-01", "", "2024-05-15", "total" },
        // Two ends.
        { "prosecutors have charged approximately 60,000 soldiers with desertion between January and October this year.", "60,000", "2024-12-01", "2024-01", "2024-10", "total" },
        { "Over a nine-month period – from November 2024 to July 2025 – over 25,000 soldiers abandoned units.", "25,000", "2025-10-15", "2024-11", "2025-07", "total" },
        { "From 2022 to 2023, courts convicted 9,000 servicemen.", "9,000", "2025-10-15", "2022-01", "2023-12", "total" },
        { "Between January and September 2025, 50,000 cases were opened.", "50,000", "2025-11-01", "2025-01", "2025-09", "total" },
        // Calendar spans.
        { "In the first half of 2024, 11,000 soldiers were convicted.", "11,000", "2025-01-20", "2024-01", "2024-06", "total" },
        { "in the second half of last year 7,000 cases were opened", "7,000", "2025-01-20", "2024-07", "2024-12", "total" },
        { "During 2024, some 5,000 troops defected.", "5,000", "2025-01-20", "2024-01", "2024-12", "total" },
        { "In 2023, 24,000 criminal cases were opened.", "24,000", "2025-01-20", "2023-01", "2023-12", "total" },
        { "Last year, 60,000 soldiers deserted.", "60,000", "2025-01-20", "2024-01", "2024-12", "total" },
        { "In the first nine months of 2025, 120,000 cases were opened.", "120,000", "2025-11-01", "2025-01", "2025-09", "total" },
        { "In the third quarter of 2024, 16,000 servicemen were mobilized.", "16,000", "2025-01-20", "2024-07", "2024-09", "total" },
        { "the military plans to bolster its ranks by conscripting an additional 160,000 personnel over the next quarter", "160,000", "2024-12-01", "2025-01", "2025-03", "total" },
        { "Last month 3,000 soldiers returned to their units.", "3,000", "2025-01-20", "2024-12", "2024-12", "total" },
        // Closing day: "until Aug. 30" / "by August 30" end that day.
        { "Until Aug. 30, 21,000 soldiers returned voluntarily.", "21,000", "2025-10-15", "", "2025-08-30", "total" },
        { "By August 30, only 29,000 individuals took advantage of this program.", "29,000", "2025-10-15", "", "2025-08-30", "total" },
        // Per-month rates have no period unless one is stated.
        { "approximately 15,000 to 18,000 deserters had left Ukrainian military forces each month", "15,000 to 18,000", "2025-11-10", "", "", "per_month" },
        { "Data shows 14,000-18,000 cases of unauthorized abandonment each month.", "14,000-18,000", "2025-10-15", "", "", "per_month" },
        { "About 6,000 soldiers leave their units every month.", "6,000", "2025-10-15", "", "", "per_month" },
        { "In 2024, an average of 15,000 soldiers left per month.", "15,000", "2025-10-15", "2024-01", "2024-12", "per_month" },
        // A projection covers the whole projected period.
        { "This year alone, as MP Oleksiy Honcharenko points out, the number of criminal cases involving deserters has increased almost fivefold and may reach as many as 300,000.", "300,000", "2025-10-15", "2025-01", "2025-12", "total" },
        // A total with no stated period has no start and ends at publication.
        { "between 300,000 and 500,000 Ukrainian soldiers have left their units", "300,000 and 500,000", "2025-10-15", "", "2025-10", "total" },
        { "While Ukraine officially reports a total force of 1 million, active personnel are estimated at only 350,000.", "350,000", "2024-12-01", "", "2024-12", "total" },
        { "more than 190,000 criminal proceedings since Russia launched its full-scale invasion in February 2022", "190,000", "2024-11-20", "2022-02", "2024-11", "total" },
        { "about 16,000 soldiers had returned to their units after the parliament simplified the procedure in August.", "16,000", "2024-11-20", "2024-08", "2024-11", "total" },
        // Seasons and month pairs.
        { "about 300,000 men were mobilized in autumn 2022", "300,000", "2024-10-01", "2022-09", "2022-11", "total" },
        { "Ukraine mobilized roughly 30,000 people per month in the autumn", "30,000", "2023-12-20", "2023-09", "2023-11", "per_month" },
        { "Since summer, 12,000 soldiers have left their units.", "12,000", "2024-12-01", "2024-06", "2024-12", "total" },
        { "Last winter 3,000 soldiers deserted.", "3,000", "2025-01-20", "2024-12", "2025-01", "total" },
        { "In October and November alone, some 4,500 soldiers were reported absent without leave.", "4,500", "2023-12-20", "2023-10", "2023-11", "total" },
        { "Over the past year, prosecutors have opened around 20,000 proceedings.", "20,000", "2023-12-20", "2022-12", "2023-12", "total" },
        { "That compares with 89,000 for the whole of 2024.", "89,000", "2025-06-30", "2024-01", "2024-12", "total" },
        // "since" opens a period at the next date of its clause, running to publication.
        { "Since the new call-up rules took effect on June 3, the army has drafted about 15,000 men.", "15,000", "2025-09-10", "2025-06-03", "2025-09", "total" },
        { "Since the decree was signed in April 2023, over 8,000 soldiers have surrendered.", "8,000", "2025-09-10", "2023-04", "2025-09", "total" },
        { "Since the beginning of last year, prosecutors have opened 70,000 proceedings.", "70,000", "2025-06-10", "2024-01", "2025-06", "total" },
        { "As of May 2, some 4,000 deserters had come back since the amnesty law entered into force on Feb. 11.", "4,000", "2025-05-20", "2025-02-11", "2025-05-02", "total" },
        // A month range with or without a year; the last months of a named year.
        { "In April–June, the office opened 9,000 desertion cases.", "9,000", "2025-08-01", "2025-04", "2025-06", "total" },
        { "Between October–December 2023, 2,100 soldiers went missing.", "2,100", "2025-08-01", "2023-10", "2023-12", "total" },
        { "In the final two months of 2023, 3,000 soldiers deserted.", "3,000", "2025-08-01", "2023-11", "2023-12", "total" },
        // Over the past week / day: the days before publication.
        { "Over the past week, 40 Russian soldiers surrendered near the river.", "40", "2025-03-05", "2025-02-26", "2025-03-05", "total" },
        { "In the last 24 hours the enemy lost 1,200 troops.", "1,200", "2025-03-05", "2025-03-04", "2025-03-05", "total" },
        // A stock at a closing date, and a scheme "which ended on" a day, end there with no start.
        { "Some 70,000 soldiers were listed as missing from their posts at the end of June.", "70,000", "2025-08-01", "", "2025-06", "total" },
        { "Under the scheme, which ended on July 15, about 5,000 soldiers came back.", "5,000", "2025-09-10", "", "2025-07-15", "total" },
        // A rate or period cue belongs to the figure of its own clause.
        { "Investigators opened 12,000 absence proceedings and 3,000 desertion proceedings, an average of 5,000 cases per month.", "12,000", "2025-06-01", "", "2025-06", "total" },
        { "Investigators opened 12,000 absence proceedings and 3,000 desertion proceedings, an average of 5,000 cases per month.", "5,000", "2025-06-01", "", "", "per_month" },
        { "Some 40,000 men have deserted since the invasion began, and courts sentence about 700 a month.", "40,000", "2025-09-01", "2022-02", "2025-09", "total" },
        { "The number of deserters has passed 300,000, and in July alone some 18,000 more fled.", "300,000", "2025-09-01", "", "2025-09", "total" },
        { "The number of deserters has passed 300,000, and in July alone some 18,000 more fled.", "18,000", "2025-09-01", "2025-07", "2025-07", "total" },
        { "Every month, roughly 2,000 soldiers leave their posts.", "2,000", "2025-06-01", "", "", "per_month" },
        { "About 9,000 soldiers have fled since the start of the invasion, while tribunals jail some 300 a month.", "300", "2025-09-01", "", "", "per_month" },
        { "In March–May prosecutors opened 30,000 proceedings, an average of 10,000 per month.", "10,000", "2025-09-01", "2025-03", "2025-05", "per_month" },
        // "monthly" describing a record is no rate.
        { "Absence cases reached 9,500 in May, a monthly record.", "9,500", "2025-06-10", "2025-05", "2025-05", "total" },
        // Negatives: report dates and days are not the figure's period; "may" the verb is no month.
        { "the office wrote to the New Voice of Ukraine in early November that 310,000 criminal cases are open", "310,000", "2025-11-25", "", "2025-11", "total" },
        { "On November 9th, Die Welt reported that 5,000 soldiers had deserted.", "5,000", "2025-11-10", "", "2025-11", "total" },
        { "The total may reach 40,000 soldiers.", "40,000", "2025-10-15", "", "2025-10", "total" },
        { "The figure was 2,000 a month ago.", "2,000", "2025-10-15", "", "2025-10", "total" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_the_period_governing_a_figure(string sentence, string figure, string published, string start, string end, string rate)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.True(at >= 0, "figure not in sentence");
        var period = Resolver.Resolve(sentence, at, figure.Length, DateOnly.Parse(published));
        Assert.Equal((start, end, rate), (period.Start?.ToString() ?? "", period.End?.ToString() ?? "", period.Rate.ToSpec()));
    }

    [Theory]
    [InlineData("Until Aug. 30, a special program was in effect, allowing soldiers to return voluntarily without consequences.",
        "Over 21,000 people took advantage of it.", "21,000", "", "2025-08-30")]
    [InlineData("By August 30, the AFU had offered amnesty to soldiers who had abandoned their posts.",
        "However, only 29,000 individuals took advantage of this program.", "29,000", "", "2025-08-30")]
    [InlineData("The program was a failure.", "Only 29,000 individuals took advantage of it.", "29,000", "", "2025-10")]
    public void A_sentence_without_a_period_continues_the_previous_one(string previous, string sentence, string figure, string start, string end)
    {
        var period = Resolver.Resolve(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), figure.Length, new DateOnly(2025, 10, 15), previous);
        Assert.Equal((start, end), (period.Start?.ToString() ?? "", period.End?.ToString() ?? ""));
    }

    [Theory]
    [InlineData("That is twice as many as in the same period last year, when the courts received 2,700 such cases.", "2,700", -12)]
    [InlineData("Courts heard 11,500 cases in 2024, up from 5,800 a year earlier.", "5,800", -12)]
    [InlineData("The number of soldiers convicted of desertion reached 600 over the same period.", "600", 0)]
    public void Periods_relative_to_another_figure_are_left_to_the_caller(string sentence, string figure, int shift)
    {
        var reading = Resolver.Read(sentence, sentence.IndexOf(figure, StringComparison.Ordinal), figure.Length, new DateOnly(2025, 3, 5));
        Assert.Equal(shift, reading.RelativeShift);
    }

    [Fact]
    public void A_pathological_sentence_is_searched_only_near_the_figure()
    {
        var sentence = string.Concat(Enumerable.Repeat("since since in in of of May 2 ", 200_000)) + "in October 5,000 soldiers deserted";
        var at = sentence.IndexOf("5,000", StringComparison.Ordinal);
        var period = Resolver.Resolve(sentence, at, 5, new DateOnly(2025, 11, 10));
        Assert.Equal("2025-10", period.Start?.ToString());
    }

    // The event's word is a whole word: "postwar" holds "war" but names no war, so its date is not the war's.
    [Theory]
    [InlineData("The postwar talks opened in March 2021 and the war began in May 2023.", "war", "2023-05")]
    [InlineData("Prewar drills ended in June 2019; the war started in April 2024.", "war", "2024-04")]
    [InlineData("A redraft came out in July 2020, and the draft was declared in August 2022.", "draft", "2022-08")]
    public void EventDatesSkipTheWordInsideALongerWord(string sentence, string word, string expected)
    {
        var (after, _) = PeriodResolver.EventDates(sentence, PeriodResolver.EventWord(word), new DateOnly(2025, 1, 1));
        Assert.Equal(expected, after is { } a ? $"{a.Year:D4}-{a.Month:D2}" : null);
    }
}
