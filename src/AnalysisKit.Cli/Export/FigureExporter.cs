using System.Diagnostics;

namespace AnalysisKit.Cli.Export;

/// <summary>
/// The run's export stage: every figure the notebooks displayed, written once to
/// <c>charts/NAME-K.{html,svg,png}</c> in one batch (one browser start for the whole run). The
/// PNGs come back so the runner can add <c>image/png</c> to each figure's output.
/// </summary>
internal sealed class FigureExporter(IChartWriter writer)
{
    public async Task<FigureExportReport> ExportAsync(
        IReadOnlyList<FigureToExport> figures, string chartsFolder, CancellationToken cancellationToken)
    {
        if (figures.Count == 0)
            return new FigureExportReport(0, [], null, TimeSpan.Zero);
        var started = Stopwatch.GetTimestamp();
        var result = await writer.WriteAsync(chartsFolder, figures.Select(f => (f.Name, f.Json)).ToList(), cancellationToken);
        // The library writes the images; reading the PNGs back keeps one code path for chart files.
        var pngs = result.Hint is null
            ? await Task.WhenAll(figures.Select(f => File.ReadAllBytesAsync(Path.Combine(chartsFolder, f.Name + ".png"), cancellationToken)))
            : null;
        return new FigureExportReport(figures.Count, pngs, result.Hint, Stopwatch.GetElapsedTime(started));
    }
}
