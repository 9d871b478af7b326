using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class MetricRecognizerTests
{
    private static readonly MetricRecognizer Recognizer = new();
    private static readonly NumberRecognizer Numbers = new();

    // Sentence, figure, expected metric ("" = inherits / unknown, "none" = not a claim), unit.
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // The counted noun right after the number is the strongest evidence.
        { "in October alone, 21,600 soldiers had deserted, marking a sharp increase", "21,600", "desertion", "persons" },
        { "Since the start of the full-scale war, 231,500 cases of abandonment of a unit and 53,200 cases of desertion have been initiated.", "53,200", "desertion", "cases" },
        { "Since the start of the full-scale war, 231,500 cases of abandonment of a unit and 53,200 cases of desertion have been initiated.", "231,500", "awol", "cases" },
        { "approximately 15,000 to 18,000 deserters had left Ukrainian military forces each month", "15,000 to 18,000", "desertion", "persons" },
        { "There have been over 21,000 desertions in October 2025 alone", "21,000", "desertion", "persons" },
        { "HUR also recorded over 30 cases of defections with weapons", "30", "defections", "cases" },
        // awol: self-leave, SZCh, unauthorized absence, abandonment, leaving the unit.
        { "between 100,000 and 200,000 individuals have taken ‘self-leave’—a term used to describe unauthorized absences", "100,000 and 200,000", "awol", "persons" },
        { "17,000 abandoned their unit without authorization in September.", "17,000", "awol", "persons" },
        { "between 300,000 and 500,000 Ukrainian soldiers have left their units", "300,000 and 500,000", "awol", "persons" },
        { "over 230,000 criminal cases had been opened in Ukraine related to unauthorized absences from military units", "230,000", "awol", "cases" },
        { "Prosecutors opened 12,400 SZCh proceedings in March.", "12,400", "awol", "cases" },
        { "Some 9,000 soldiers went AWOL.", "9,000", "awol", "persons" },
        // Both offences named together.
        { "310,000 criminal cases related to unauthorized absence from a military unit or place of service (AWOL) and desertion are currently registered", "310,000", "awol_or_desertion", "cases" },
        { "Investigators registered 95,000 cases of desertion and SZCh.", "95,000", "awol_or_desertion", "cases" },
        // Dominant cues outrank the offence: convictions, amnesty returns.
        { "Courts have convicted 2,500 servicemen for desertion.", "2,500", "convictions", "persons" },
        { "Judges handed down 7,300 verdicts in desertion cases.", "7,300", "convictions", "cases" },
        { "Over 21,000 people took advantage of it.", "21,000", "amnesty_returns", "persons" },
        { "About 29,000 deserters returned to their units under the amnesty.", "29,000", "amnesty_returns", "persons" },
        // Other metrics.
        { "at least 133,000 Russian soldiers have died since the beginning of the war", "133,000", "deaths", "persons" },
        { "Some 1,200 servicemen surrendered near Kursk.", "1,200", "defections", "persons" },
        { "The Armed Forces of Ukraine lost up to 1,850 servicemen over the past day.", "up to 1,850", "other", "persons" },
        { "conscripting an additional 160,000 personnel over the next quarter", "160,000", "mobilization", "persons" },
        { "While Ukraine officially reports a total force of 1 million, active personnel", "1 million", "personnel", "persons" },
        { "active personnel are estimated at only 350,000.", "350,000", "personnel", "persons" },
        { "Russia keeps an army of 1.5 million in the field.", "1.5 million", "personnel", "persons" },
        { "Fifty-six soldiers refused to fight and were detained.", "Fifty-six", "other", "persons" },
        { "Police opened 4,100 cases of insubordination.", "4,100", "other", "cases" },
        // Numbers after "number of": the noun names the unit.
        { "the number of criminal cases involving deserters has increased almost fivefold and may reach as many as 300,000.", "300,000", "desertion", "cases" },
        { "the total number of deserters had reportedly reached 180,000.", "180,000", "desertion", "persons" },
        // Only a unit: the caller inherits the metric; "of which" is a part of the previous figure.
        { "Last May saw a record 18,000 cases", "18,000", "", "cases" },
        { "162,000 of which came just this year", "162,000", "", "persons" },
        // Partitive and comparative figures lean on the figure before them.
        { "Of these, about 20,000 concern desertion.", "about 20,000", "desertion", "persons" },
        { "That compares with 89,000 for the whole of 2024.", "89,000", "", "persons" },
        { "Some 5,000 soldiers desert every month.", "5,000", "desertion", "persons" },
        { "up to 50 Russian soldiers defect every month", "up to 50", "defections", "persons" },
        // Not claims: equipment, durations, plans, ages, bare soldiers.
        { "Despite promises from command of 150 tanks, they received only 20", "150", "none", "" },
        { "Despite the threat of up to 12 years imprisonment for desertion under Ukrainian law", "12", "none", "" },
        { "a 28-point plan for a lasting peace (later condensed to 19 points) after deserters", "28", "none", "" },
        // A metric word between the number and "cases/proceedings" keeps the unit cases.
        { "Investigators logged 7,700 desertion proceedings in the spring.", "7,700", "desertion", "cases" },
        // With no noun after the number, a counted noun before it in its clause gives the unit.
        { "Insubordination cases were rarer, roughly 1,900 over the year.", "1,900", "other", "cases" },
        // A cue belongs to the number of its own clause.
        { "Prosecutors registered 120,000 criminal cases against soldiers, while judges had sentenced only a fraction.", "120,000", "", "cases" },
        { "Some 4,000 men slip away from their units, and every week the army drafts more.", "4,000", "awol", "persons" },
        { "About 30,000 soldiers have fled since spring, and military courts convict roughly 400 a month.", "400", "convictions", "persons" },
        { "Tribunals heard 900 such cases in 2021, after the government announced a general call-up.", "900", "", "cases" },
        // Vocabulary: being absent from the unit, walking away, the Russian article numbers, returns, acquittals.
        { "Officials put the number of troops currently absent from their units at 60,000-70,000.", "60,000-70,000", "awol", "persons" },
        { "Nearly 2,000 infantrymen walked away from their units last month.", "2,000", "awol", "persons" },
        { "Garrison courts heard 800 SOCh cases in the first quarter.", "800", "awol", "cases" },
        { "Courts convicted 450 soldiers under Article 337 last year.", "450", "convictions", "persons" },
        { "Investigators opened 31,000 cases under Articles 407 and 408, which cover unauthorized abandonment of a unit and desertion.", "31,000", "awol_or_desertion", "cases" },
        { "Roughly 2,500 soldiers a month now return from AWOL voluntarily.", "2,500", "amnesty_returns", "persons" },
        { "Only 40 were acquitted by the tribunals.", "40", "other", "persons" },
        { "Troops were deserting at a rate of 5-7 thousand per month.", "5-7 thousand", "desertion", "persons" },
        // A back-reference ("the figure", "the pace", "it was") counts what the sentence before counted.
        { "Later the pace dropped to about 2,000 a month.", "2,000", "", "persons" },
        { "Another official said the figure was closer to 90,000.", "90,000", "", "persons" },
        // Strength of a force: "X's armed forces number N people", "N people in its armed forces".
        { "Moldova's armed forces number about 6,000 people.", "6,000", "personnel", "persons" },
        { "The country has some 40,000 people in its defence forces.", "40,000", "personnel", "persons" },
        { "have died since the beginning of the war, with the average age of those killed just 35.", "35", "none", "" },
        { "Some 40 soldiers attended the ceremony in Kyiv.", "40", "none", "" },
        { "The UN has documented 12,000 civilian deaths in Ukraine since the start of the invasion.", "12,000", "none", "" },
        { "Roughly one in ten of the men mobilized in 2022 has since tried to leave his unit.", "Roughly one", "none", "" },
        { "The brigade lost 30 tanks and 50 armored vehicles in two weeks of fighting.", "30", "none", "" },
        { "Ukraine will be weaker by one defender, and the enemy will become stronger by one", "one", "none", "" },
        { "Every 2 minutes, someone runs away from our army and deserts", "2", "none", "" },
        // Verbs of departure, return and charging (issue 8 item 3).
        { "Roughly 2,300 men slipped away from a training camp last spring.", "2,300", "awol", "persons" },
        { "About 740 walked out during the first week of drills.", "740", "awol", "persons" },
        { "Over 5,100 servicemen have used the chance to return since the decree.", "5,100", "amnesty_returns", "persons" },
        { "Another 1,870 came back after the deadline had passed.", "1,870", "amnesty_returns", "persons" },
        { "A further 2,940 soldiers have been charged this spring.", "2,940", "awol_or_desertion", "persons" },
        { "Some 3,050 absence cases were opened in May.", "3,050", "awol", "cases" },
        // Force-size estimates (item 5).
        { "Analysts put the grouping at over 320,000 in May.", "320,000", "personnel", "persons" },
        { "The navy now has about 64,000 in uniform.", "64,000", "personnel", "persons" },
        // Units: verdicts count cases unless the figure is who was sentenced (item 6).
        { "Of 4,120 people charged, 3,380 were sentenced.", "3,380", "convictions", "persons" },
        { "Judges delivered 612 desertion verdicts in the spring session.", "612", "convictions", "cases" },
        { "Registrars logged 18 204 offences under Article 219.", "18 204", "", "cases" },
        { "Registrars logged 4,410 under Article 219 of the code.", "4,410", "", "cases" },
        // Non-claims (item 13): per-day and per-week rates, ages, article numbers after a noun of cases.
        { "The depot takes in about 900 volunteers every day.", "900", "none", "" },
        { "Offices send some 2,000 men a week to the ranges.", "2,000", "none", "" },
        { "The youngest was 19, the oldest 57.", "57", "none", "" },
        { "Typically a man of 38 or 44, drafted last year.", "38", "none", "" },
        { "Courts issued 3,900 verdicts under 219.", "219", "none", "" },
        { "Figures on 2,000 offences come from table 3, page 12 of the report.", "3", "none", "" },
        { "Registered absences climbed to 6,240 in 2021.", "6,240", "awol", "persons" },
        { "The motion got 190 votes, fourteen short of a majority.", "fourteen", "none", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_what_a_figure_counts(string sentence, string figure, string metric, string unit)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        var (from, to) = Window(sentence, at, at + figure.Length);
        var reading = Recognizer.Read(sentence, at, at + figure.Length, from, to);
        if (metric == "none")
        {
            Assert.Null(reading);
            return;
        }
        Assert.NotNull(reading);
        Assert.Equal((metric, unit), (reading.Metric?.ToSpec() ?? "", reading.Unit.ToSpec()));
        Assert.Equal(figure is "162,000" or "about 20,000", reading.Anaphoric);
        Assert.Equal(figure == "89,000", reading.Comparative);
        Assert.Equal(sentence.Contains("the pace") || sentence.Contains("the figure was"), reading.BackReference);
    }

    [Fact]
    public void The_reading_spans_the_figure_and_the_words_used()
    {
        const string sentence = "in October alone, 21,600 soldiers had deserted, marking a sharp increase";
        var at = sentence.IndexOf("21,600", StringComparison.Ordinal);
        var reading = Recognizer.Read(sentence, at, at + 6, 0, sentence.Length)!;
        Assert.Equal("21,600 soldiers had deserted", sentence[reading.SpanStart..reading.SpanEnd]);
    }

    // The window stops at the neighbouring figures, as the extractor's does.
    private static (int, int) Window(string s, int start, int end)
    {
        var from = 0;
        var to = s.Length;
        // As the extractor does: the window stops at the neighbouring counts (not at article numbers or years).
        foreach (var m in Numbers.Recognize(s).Where(m => m.Kind == NumberKind.Count))
        {
            if (m.End <= start) from = m.End;
            else if (m.Start >= end && to == s.Length) to = m.Start;
        }
        return (from, to);
    }
}
