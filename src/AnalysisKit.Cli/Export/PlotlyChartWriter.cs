using AnalysisKit.Charts;

namespace AnalysisKit.Cli.Export;

/// <summary>The library's <see cref="FigureFiles"/>: plotly.js pages, and images from the Chromium <see cref="ChartExporter"/> finds.</summary>
internal sealed class PlotlyChartWriter(ImageOptions? options = null) : IChartWriter
{
    public Task<ExportResult> WriteAsync(string directory, IReadOnlyList<(string Name, string FigureJson)> figures, CancellationToken cancellationToken) =>
        FigureFiles.WriteAsync(directory, figures, options, cancellationToken: cancellationToken);
}
