using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Tables;

/// <summary>The seeds' gold claims, each with its article's publication date from the manifest.</summary>
internal static class SeedClaims
{
    public static IReadOnlyList<Claim> Load()
    {
        var published = ManifestReader.Read(Path.Combine(TestPaths.Seeds, "manifest.csv")).ToDictionary(e => e.Article, e => e.Published);
        return GoldTable.Read(Path.Combine(TestPaths.Seeds, "claims.gold.csv"))
            .Select(claim => claim with { Published = published[claim.Article] })
            .ToArray();
    }
}
