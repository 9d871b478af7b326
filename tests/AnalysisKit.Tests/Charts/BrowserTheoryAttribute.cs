namespace AnalysisKit.Tests.Charts;

/// <summary>A theory that needs headless Chromium; skipped, saying why, only where none is installed.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFactAttribute.SkipReason();
}
