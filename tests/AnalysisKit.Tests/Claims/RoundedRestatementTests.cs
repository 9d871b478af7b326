using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// A hedged round figure that restates a precise one of the same article is one claim with the
/// precise figure (spec, "What is not a claim"); two close figures that count different things or
/// periods stay two. Every article here is written for the test.
/// </summary>
public class RoundedRestatementTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<Claim> Read(string text) =>
        Extractor.Extract(ArticleLoader.FromText(text, new ManifestEntry("t", "Test Wire", "", new DateOnly(2025, 6, 10), false)));

    // Article, then each expected claim as "value qualifier", in article order.
    public static TheoryData<string, string[]> Articles => new()
    {
        // "nearly N" in a headline rounds a body figure just below N.
        { "Nearly 2,400 absence cases in garrison courts this year\n\nSince January, garrison courts have received 2,371 cases of unauthorised absence, the registry said.",
            ["2371 exact"] },
        // "more than N" in the lead rounds a body figure just above N; the lead has no period of its own.
        { "More than 12,000 soldiers have returned to their units under the amnesty, the ministry said.\n\nSince October, 12,418 soldiers have returned to their units under the amnesty, according to the ministry.",
            ["12418 exact"] },
        // "about N" rounds either way within half a step.
        { "About 5,000 soldiers deserted in 2024, the ministry says.\n\nIn 2024, 5,040 soldiers deserted, according to its annual report.",
            ["5040 exact"] },
        // "up to N" rounds a figure at or below N.
        { "Up to 900 desertion cases reached the courts in March, the registry said.\n\nIn March the courts received 874 desertion cases.",
            ["874 exact"] },
        // A rounded running total told at its close, a month before the precise figure's end, restates it.
        { "More than 9,000 soldiers returned to service before the scheme expired on 31 May, the ministry said.\n\nSince November, 9,312 soldiers have returned to service, according to the ministry.",
            ["9312 exact"] },
        // The same total told months earlier is an earlier count.
        { "More than 9,000 soldiers had returned to service by the end of January, the ministry said.\n\nSince November, 9,312 soldiers have returned to service, according to the ministry.",
            ["9000 over", "9312 exact"] },
        // Close figures for different years are two counts.
        { "Over 4,000 absence cases were opened in 2023, the registry said.\n\nIn 2024, 4,310 absence cases were opened.",
            ["4000 over", "4310 exact"] },
        // Close figures of different metrics are two counts.
        { "More than 3,000 desertion cases were opened last year, the registry said.\n\nCourts also handed down 3,120 convictions last year.",
            ["3000 over", "3120 exact"] },
        // Soldiers and cases are different units.
        { "More than 2,000 soldiers deserted in 2024, the ministry said.\n\nIn 2024, prosecutors opened 2,140 desertion cases.",
            ["2000 over", "2140 exact"] },
        // "almost N" does not reach above N.
        { "Almost 1,500 absence cases in the courts this year\n\nSince January, the courts have received 1,530 cases of unauthorised absence.",
            ["1500 approx", "1530 exact"] },
        // "over N" does not reach the next step.
        { "Over 6,000 soldiers deserted in 2024, the ministry said.\n\nIn 2024, 7,050 soldiers deserted, according to its report.",
            ["6000 over", "7050 exact"] },
        // The precise figure may carry a hedge of its own: "about 6,300" is finer than "over 6,000".
        { "Over 6,000 soldiers deserted in 2024, the ministry says\n\nAbout 6,300 soldiers deserted in 2024, according to the ministry's report.",
            ["6300 approx"] },
        // A one-digit round figure reaches a tenth of itself, not a whole step: 38,000 is not "over 30,000".
        { "Over 30,000 soldiers deserted in 2024, the ministry said.\n\nIn 2024, 38,200 soldiers deserted, according to its report.",
            ["30000 over", "38200 exact"] },
        // A rounded figure that could restate either of two precise ones is left alone.
        { "More than 8,000 soldiers have left their units, the ministry said.\n\nIn 2023, 8,210 soldiers left their units.\n\nIn 2024, 8,460 soldiers left their units.",
            ["8000 over", "8210 exact", "8460 exact"] },
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_hedged_round_figure_merges_into_the_precise_figure_it_rounds_and_nothing_else(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(c => $"{c.ValueLow ?? c.ValueHigh} {c.Qualifier.ToSpec()}").ToArray());

    [Fact]
    public void The_merged_claim_keeps_the_precise_figures_quote()
    {
        var claim = Assert.Single(Read("Nearly 2,400 absence cases in garrison courts this year\n\nSince January, garrison courts have received 2,371 cases of unauthorised absence, the registry said."));
        Assert.Contains("2,371", claim.Quote);
        Assert.Equal((2371L, 2371L), (claim.ValueLow, claim.ValueHigh));
    }
}
