using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Claims;

/// <summary>Scores a corpus folder (articles, manifest.csv, gold.csv) for the floor tests.</summary>
internal static class CorpusScore
{
    /// <summary>Extracts and scores the folder, first checking it still holds the expected articles and claims.</summary>
    public static ScoreReport Of(string folder, int articles, int claims)
    {
        var loaded = ArticleLoader.LoadFolder(folder, Path.Combine(folder, "manifest.csv"));
        var gold = GoldTable.Read(Path.Combine(folder, "gold.csv"));
        Assert.Equal(articles, loaded.Count);
        Assert.Equal(claims, gold.Count);
        return GoldScorer.Score(new ClaimExtractor().Extract(loaded), gold);
    }

    public static void AtLeast(double floor, double? measured, string what) =>
        Assert.True(measured >= floor, $"{what} {measured:F3} < {floor}");
}
