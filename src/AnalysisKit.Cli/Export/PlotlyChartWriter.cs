using AnalysisKit.Charts;

namespace AnalysisKit.Cli.Export;

/// <summary>
/// The library's <see cref="FigureFiles"/>: plotly.js pages, and images from the Chromium
/// <see cref="ChartExporter"/> finds. The browser starts (and loads plotly.js) as soon as the
/// writer is made, so its start-up overlaps the notebooks instead of following the last one.
/// </summary>
internal sealed class PlotlyChartWriter : IChartWriter, IAsyncDisposable
{
    /// <summary>
    /// Report size at 1×: 1200 px wide, so an executed notebook holding its figures' PNGs stays
    /// under 1 MB (at 1.5× notebook 04's two tall PNGs made it 1.09 MB); the SVG beside each PNG
    /// is the sharp copy for print.
    /// </summary>
    public static ImageOptions RunImages { get; } = new() { Scale = 1.0 };

    private readonly ImageOptions _options;
    private readonly Task<ChartExporter.ChartSession>? _session;

    public PlotlyChartWriter(ImageOptions? options = null)
        : this(options, ChartExporter.FindBrowser())
    {
    }

    internal PlotlyChartWriter(ImageOptions? options, string? browser)
    {
        _options = options ?? RunImages;
        _session = browser is null ? null : Task.Run(() => new ChartExporter(browser).StartAsync());
    }

    public async Task<ExportResult> WriteAsync(string directory, IReadOnlyList<(string Name, string FigureJson)> figures, CancellationToken cancellationToken) =>
        await FigureFiles.WriteWithAsync(directory, figures, _options, _session is null ? null : await _session.WaitAsync(cancellationToken), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_session is null) return;
        try
        {
            await (await _session).DisposeAsync();
        }
        catch (AnalysisKitException)
        {
            // The browser never started; WriteAsync reported why if it was asked for images.
        }
    }
}
