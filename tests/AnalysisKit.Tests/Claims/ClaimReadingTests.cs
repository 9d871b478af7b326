using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// What each figure counts when the words are elsewhere in the document (issue 8 part B): bare
/// figures, slots of elliptical lists and tables, "such cases", parts that name a status. Every
/// article here is written for the test.
/// </summary>
public class ClaimReadingTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<Claim> Read(string text) =>
        Extractor.Extract(ArticleLoader.FromText(text, new ManifestEntry("t", "Test Post", "", new DateOnly(2025, 6, 10), false)));

    // Article, then each expected claim as "value metric unit", in article order.
    public static TheoryData<string, string[]> Articles => new()
    {
        // A bare figure takes the measure of the figure before it.
        { "Courts handed down about 610 convictions in 2019; in 2020 there were nearly 940.",
            ["610 convictions cases", "940 convictions cases"] },
        // "respectively" fills the slots of the offences named before, in order.
        { "In 2024 the registry listed 41 200 proceedings under Article 219 (unauthorised absence) and 7 310 under Article 220 (desertion).\nIn 2023 the figures were 30 118 and 5 027 respectively.",
            ["41200 awol cases", "7310 desertion cases", "30118 awol cases", "5027 desertion cases"] },
        // An ordinal slot: "under the second" is the second offence named.
        { "Registrars list absence and desertion separately. In 2024 there were 41 200 absence cases and 7 310 desertion cases.\nIn 2023: 30 118 – under the first, 5 027 – under the second.",
            ["41200 awol cases", "7310 desertion cases", "30118 awol cases", "5027 desertion cases"] },
        // A table under a header that names its columns.
        { "Registered in 2025, 61 000 proceedings for absence.\nBy quarter (absence / desertion):\nQ1 — 18 220 / 3 115\nQ2 — 21 940 / 3 602\n",
            ["61000 awol cases", "18220 awol cases", "3115 desertion cases", "21940 awol cases", "3602 desertion cases"] },
        // "such cases" count what the cases before counted, not the verdicts in between.
        { "Courts received 4,410 absence cases last year and issued verdicts in 3,950 of them. This year they received 1,730 such cases.",
            ["4410 awol cases", "3950 convictions cases", "1730 awol cases"] },
        // A part's status ("were mobilised") does not change what the whole counts.
        { "Courts received 4,410 absence cases last year. Of those, 1,220 were mobilised reservists.",
            ["4410 awol cases", "1220 awol cases"] },
        // People sentenced within cases stay people.
        { "Courts received 4,410 absence cases last year. 3,020 of the defendants were found guilty.",
            ["4410 awol cases", "3020 convictions persons"] },
        // A total of both offences named before it.
        { "Registrars logged 20,140 absence cases and 3,920 desertion cases, 24,060 in all.",
            ["20140 awol cases", "3920 desertion cases", "24060 awol_or_desertion cases"] },
        // A sentence naming one offence says what the metric-less figures after it count.
        { "Courts received 4,410 desertion cases last year.\nMonthly, the absence series climbs steadily. The peak came in May with 612 proceedings.",
            ["4410 desertion cases", "612 awol cases"] },
        // Furniture and small bare numbers near a claim are no claims.
        { "Courts received 4,410 absence cases last year.\nViews 2 318 | Comments 4",
            ["4410 awol cases"] },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void Each_figure_counts_what_its_place_in_the_document_says(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(c => $"{c.ValueLow ?? c.ValueHigh} {c.Metric.ToSpec()} {c.Unit.ToSpec()}").ToArray());

    [Theory]
    [InlineData("Garrison courts received 2,410 cases under Article 337 last year.", "RU")]
    [InlineData("Prosecutors opened 2,410 proceedings under Article 407 last year.", "UA")]
    public void A_criminal_code_article_tells_whose_soldiers_are_counted(string text, string force) =>
        Assert.Equal(force, Assert.Single(Read(text)).Force.ToSpec());
}
