using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>A theory that needs headless Chromium; skipped, saying why, only where none is installed.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (ChartExporter.FindBrowser() is null)
        {
            Skip = "No Chromium found: install it (apt-get install chromium) or set ANALYSISKIT_CHROMIUM.";
        }
    }
}
