using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using Xunit.Abstractions;

namespace AnalysisKit.Tests.Claims;

public class ClaimExtractorSeedTests(ITestOutputHelper output)
{
    private static readonly ClaimExtractor Extractor = new();

    private static (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Gold) Seeds() =>
        (ArticleLoader.LoadFolder(TestPaths.Seeds, Path.Combine(TestPaths.Seeds, "manifest.csv")),
         GoldTable.Read(Path.Combine(TestPaths.Seeds, "claims.gold.csv")));

    [Fact]
    public void The_seeds_are_extracted_with_every_gold_value_and_nearly_every_field()
    {
        var (articles, gold) = Seeds();
        var predicted = Extractor.Extract(articles);
        var report = GoldScorer.Score(predicted, gold);
        output.WriteLine(Describe(report));
        Assert.Equal(1.0, report.ValueF1, 6);
        Assert.True(report.FullF1 >= 0.95, $"full F1 {report.FullF1:F3}");
    }

    [Fact]
    public void Every_quote_is_the_article_text_at_its_offset()
    {
        var (articles, _) = Seeds();
        foreach (var article in articles)
            foreach (var claim in Extractor.Extract(article))
                Assert.Equal(claim.Quote, article.Text.Substring(claim.QuoteStart!.Value, claim.Quote.Length));
    }

    [Fact]
    public void A_huge_article_of_repeated_claims_merges_them_and_stays_linear()
    {
        // About 3 MB, one paragraph: quadratic look-backs or merging would not finish.
        var sentences = Enumerable.Range(0, 20_000)
            .Select(i => $"In October alone, {1000 + i % 50:N0} soldiers had deserted, the ministry said. ");
        var text = string.Concat(sentences);
        var article = ArticleLoader.FromText(text, new ManifestEntry("huge", "outlet", "", new DateOnly(2025, 11, 10), false));
        var claims = Extractor.Extract(article);
        Assert.Equal(50, claims.Count);
        Assert.All(claims, c => Assert.Equal(Metric.Desertion, c.Metric));
    }

    internal static string Describe(ScoreReport report)
    {
        var lines = new List<string>
        {
            $"value P {report.ValuePrecision:F3} R {report.ValueRecall:F3} F1 {report.ValueF1:F3}; full F1 {report.FullF1:F3}; " +
            $"fields {report.Fields}",
        };
        foreach (var m in report.Matches.Where(m => m.Disagreements.Count > 0))
            lines.Add($"DIFF {string.Join(",", m.Disagreements)} | {Row(m.Gold)} | {Row(m.Predicted)}");
        lines.AddRange(report.Missed.Select(c => "MISSED " + Row(c)));
        lines.AddRange(report.Spurious.Select(c => "SPURIOUS " + Row(c)));
        return string.Join("\n", lines);
    }

    private static string Row(Claim c) =>
        $"{c.Article[..3]} [{c.Quote}] {c.ValueLow}-{c.ValueHigh} {c.Qualifier.ToSpec()} {c.Metric.ToSpec()} {c.Unit.ToSpec()} " +
        $"{c.Rate.ToSpec()} {c.Force} {c.PeriodStart}..{c.PeriodEnd} <{c.Source}>";
}
