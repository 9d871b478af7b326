using AnalysisKit.Articles;
using AnalysisKit.Claims;
using Xunit.Abstractions;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// Articles written for these tests in phrasings the seeds lack (spelled-out numbers, space
/// thousands, convictions, other, Russian-side figures, rates, seasons), with hand-made gold: a
/// guard against rules that only fit the seeds.
/// </summary>
public class ClaimExtractorFixtureTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "AnalysisKit.Tests", "Claims", "Fixtures");

    [Fact]
    public void Unseen_phrasings_are_extracted()
    {
        var articles = ArticleLoader.LoadFolder(Folder, Path.Combine(Folder, "manifest.csv"));
        var gold = GoldTable.Read(Path.Combine(Folder, "gold.csv"));
        var report = GoldScorer.Score(new ClaimExtractor().Extract(articles), gold);
        output.WriteLine(ClaimExtractorSeedTests.Describe(report));
        Assert.True(report.ValueF1 >= 0.95, $"value F1 {report.ValueF1:F3}");
        Assert.True(report.FullF1 >= 0.97, $"full F1 {report.FullF1:F3}"); // measured 1.00 after the "what is counted" rules (0.98 before)
    }
}
