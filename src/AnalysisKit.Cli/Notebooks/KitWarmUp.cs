using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Runs the shared extractor once on a made-up sentence while the first kernel warms, so the
/// first notebook's <c>Analysis.Load</c> does not pay for building the recognizers and compiling
/// their code (a second of a cold run). Notebooks bind the kit's assembly the runner has loaded,
/// so they reuse <see cref="ClaimExtractor.Default"/> as it is left here.
/// </summary>
internal static class KitWarmUp
{
    // Any claim-shaped text will do: it only has to reach the recognizers' code paths.
    private const string Text = "Since March 2023, about 1,240 soldiers have been charged with desertion, the regional prosecutor's office said on Monday.\n";

    public static Task StartAsync(CancellationToken cancellationToken) => Task.Run(() =>
    {
        var article = ArticleLoader.FromText(Text, new ManifestEntry("warm-up", "warm-up", "", new DateOnly(2024, 1, 15), false));
        _ = ClaimExtractor.Default.Extract(article);
    }, cancellationToken);
}
