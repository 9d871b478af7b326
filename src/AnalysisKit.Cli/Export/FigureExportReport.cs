namespace AnalysisKit.Cli.Export;

/// <summary>
/// What the export stage did: the PNG of each figure in order (null when images were skipped for
/// want of a browser, with <see cref="Hint"/> saying how to get them), and how long it took.
/// </summary>
internal sealed record FigureExportReport(int Figures, IReadOnlyList<byte[]>? Pngs, string? Hint, TimeSpan Elapsed)
{
    public bool ImagesSkipped => Figures > 0 && Pngs is null;
}
