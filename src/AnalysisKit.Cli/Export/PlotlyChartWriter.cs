using AnalysisKit.Charts;

namespace AnalysisKit.Cli.Export;

/// <summary>The library's <see cref="FigureFiles"/>: plotly.js pages, and images from the Chromium <see cref="ChartExporter"/> finds.</summary>
internal sealed class PlotlyChartWriter(ImageOptions? options = null) : IChartWriter
{
    /// <summary>
    /// Report size at 1.5×: 1800 × 1050 px, sharp in a report, and small enough that an executed
    /// notebook holding its figures' PNGs stays under 1 MB (at 2× notebook 04's two PNGs alone were 0.92 MB).
    /// </summary>
    public static ImageOptions RunImages { get; } = new() { Scale = 1.5 };

    public Task<ExportResult> WriteAsync(string directory, IReadOnlyList<(string Name, string FigureJson)> figures, CancellationToken cancellationToken) =>
        FigureFiles.WriteAsync(directory, figures, options ?? RunImages, cancellationToken: cancellationToken);
}
