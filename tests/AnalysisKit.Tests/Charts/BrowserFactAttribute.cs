using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>A test that needs headless Chromium; skipped, saying why, only where none is installed.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = SkipReason();

    internal static string? SkipReason() =>
        ChartExporter.FindBrowser() is null
            ? "No Chromium found: install it (apt-get install chromium) or set ANALYSISKIT_CHROMIUM."
            : null;
}
