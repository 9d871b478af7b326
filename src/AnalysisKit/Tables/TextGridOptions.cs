namespace AnalysisKit.Tables;

/// <summary>
/// Limits of the plain-text grid (like Deedle's <c>FormatStrings</c>): a notebook's
/// <c>text/plain</c> view should stay a glance, not a dump.
/// </summary>
internal sealed record TextGridOptions(int MaxRows = 30, int MaxCellWidth = 40)
{
    public static readonly TextGridOptions Default = new();
}
