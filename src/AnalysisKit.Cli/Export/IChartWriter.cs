using AnalysisKit.Charts;

namespace AnalysisKit.Cli.Export;

/// <summary>
/// Writes figures (plotly JSON) to a folder as <c>NAME.html</c>, plus <c>NAME.svg</c> and
/// <c>NAME.png</c> when a browser renders them; one browser start for the whole list.
/// </summary>
internal interface IChartWriter
{
    Task<ExportResult> WriteAsync(string directory, IReadOnlyList<(string Name, string FigureJson)> figures, CancellationToken cancellationToken);
}
