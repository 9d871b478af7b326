namespace AnalysisKit.Interactive;

/// <summary>How much of a frame its notebook table shows.</summary>
/// <param name="MaxRows">Rows shown; the rest are counted in an "N more rows" line.</param>
/// <param name="MaxTextLength">Characters of a text cell shown; longer text is clipped with "…" and shown whole on hover.</param>
public sealed record FrameHtmlOptions(int MaxRows = 50, int MaxTextLength = 80)
{
    public static FrameHtmlOptions Default { get; } = new();
}
