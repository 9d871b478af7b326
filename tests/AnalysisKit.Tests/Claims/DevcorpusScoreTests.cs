using AnalysisKit.Articles;
using AnalysisKit.Claims;
using Xunit.Abstractions;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// The development corpus (30 articles, 220 gold claims) in two halves: dv01–dv20 the rules were
/// built on, dv21–dv30 scored only as a generalization check. The floors sit about 0.03 below the
/// scores measured when the document reading landed; raise them as the extractor improves.
/// </summary>
public class DevcorpusScoreTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "AnalysisKit.Tests", "Claims", "Devcorpus");

    // Half, first and last article number, value F1, full F1, period agreement, source agreement.
    public static TheoryData<string, int, int, double, double, double, double> Halves => new()
    {
        { "built on", 1, 20, DevA.ValueF1, DevA.FullF1, DevA.Period, DevA.Source },
        { "held out", 21, 30, DevB.ValueF1, DevB.FullF1, DevB.Period, DevB.Source },
    };

    [Theory]
    [MemberData(nameof(Halves))]
    public void Each_half_scores_above_its_floor(string half, int first, int last, double valueF1, double fullF1, double period, double source)
    {
        var articles = ArticleLoader.LoadFolder(Folder, Path.Combine(Folder, "manifest.csv"))
            .Where(a => Number(a.Id) is var n && n >= first && n <= last)
            .ToList();
        var ids = articles.Select(a => a.Id).ToHashSet();
        var gold = GoldTable.Read(Path.Combine(Folder, "gold.csv")).Where(g => ids.Contains(g.Article)).ToList();
        var report = GoldScorer.Score(new ClaimExtractor().Extract(articles), gold);
        output.WriteLine($"{half}: " + ClaimExtractorSeedTests.Describe(report));
        Assert.Equal(last - first + 1, articles.Count);
        Assert.True(report.ValueF1 >= valueF1, $"{half}: value F1 {report.ValueF1:F3} < {valueF1}");
        Assert.True(report.FullF1 >= fullF1, $"{half}: full F1 {report.FullF1:F3} < {fullF1}");
        Assert.True(report.Fields.Period >= period, $"{half}: period agreement {report.Fields.Period:F3} < {period}");
        Assert.True(report.Fields.Source >= source, $"{half}: source agreement {report.Fields.Source:F3} < {source}");
    }

    private static int Number(string id) => int.Parse(id.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);

    // Baseline before the document reading (whole corpus): value F1 0.81, full F1 0.35. Each half's
    // floor sits about 0.03 below its score with all of this session's rounds merged (periods,
    // sources, what is counted, values, tables).
    // dv01–dv20: value F1 1.00, full F1 0.98, period 0.99, source 0.98.
    private static class DevA
    {
        public const double ValueF1 = 0.97, FullF1 = 0.95, Period = 0.96, Source = 0.95;
    }

    // dv21–dv30, held out, scored in aggregate only: value F1 0.93, full F1 0.63, period 0.85, source 0.74.
    private static class DevB
    {
        public const double ValueF1 = 0.90, FullF1 = 0.60, Period = 0.82, Source = 0.71;
    }
}
