using System.Text;

namespace AnalysisKit.Charts;

/// <summary>
/// Renders plotly figures to SVG and PNG with plotly.js' own <c>toImage</c> in headless Chromium,
/// started once for a whole batch.
/// </summary>
public sealed class ChartExporter
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FigureTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[] BrowserNames = ["chromium", "chromium-browser", "google-chrome"];

    // plotly lays the figure out once, to SVG; the PNG is that SVG drawn onto a canvas at the
    // requested scale (what plotly's own PNG export does, minus a second layout). staticPlot
    // skips hover and drag handlers a picture cannot use.
    private const string RenderScript = """
        window.analysisKitRender = async function (figure, width, height, scale) {
          // A figure that sets its own size (a tall category chart) keeps it.
          width = (figure.layout && figure.layout.width) || width;
          height = (figure.layout && figure.layout.height) || height;
          const spec = {
            data: figure.data || [],
            layout: Object.assign({}, figure.layout || {}, { width: width, height: height }),
            config: Object.assign({}, figure.config || {}, { staticPlot: true, responsive: false }),
          };
          const svg = await Plotly.toImage(spec, { format: "svg", width: width, height: height, scale: 1, imageDataOnly: true });
          const image = new Image();
          image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
          await image.decode();
          const canvas = document.createElement("canvas");
          canvas.width = Math.round(width * scale);
          canvas.height = Math.round(height * scale);
          canvas.getContext("2d").drawImage(image, 0, 0, canvas.width, canvas.height);
          const png = canvas.toDataURL("image/png");
          return { svg: svg, png: png.substring(png.indexOf(",") + 1) };
        };
        """;

    private readonly string _browserPath;

    /// <summary>An exporter using the Chromium (or Chrome) executable at <paramref name="browserPath"/>.</summary>
    public ChartExporter(string browserPath) => _browserPath = browserPath;

    /// <summary>
    /// The browser to use: <c>ANALYSISKIT_CHROMIUM</c> if it names a file, else the first of
    /// <c>chromium</c>, <c>chromium-browser</c>, <c>google-chrome</c> on PATH; null if none.
    /// </summary>
    public static string? FindBrowser() =>
        FindBrowser(Environment.GetEnvironmentVariable("ANALYSISKIT_CHROMIUM"), Environment.GetEnvironmentVariable("PATH"));

    internal static string? FindBrowser(string? variable, string? path)
    {
        if (!string.IsNullOrWhiteSpace(variable) && File.Exists(variable))
        {
            return Path.GetFullPath(variable);
        }

        var folders = (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var suffix = OperatingSystem.IsWindows() ? ".exe" : "";
        return BrowserNames
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name + suffix)))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// Renders every figure (plotly JSON) in one browser session, in order. Throws
    /// <see cref="AnalysisKitException"/> when a figure is not valid JSON, plotly rejects it, or
    /// Chromium fails to start or answer in time.
    /// </summary>
    public async Task<IReadOnlyList<FigureImages>> RenderAsync(IReadOnlyList<string> figureJson, ImageOptions options, CancellationToken cancellationToken = default)
    {
        if (figureJson.Count == 0)
        {
            return [];
        }

        var figures = figureJson.Select((json, i) => Checked(json, i)).ToArray();
        await using var session = await StartAsync(cancellationToken);
        return await session.RenderCheckedAsync(figures, options, cancellationToken);
    }

    /// <summary>
    /// Starts the browser and loads plotly.js into it, for figures to come: started early, the
    /// 2–4 s this takes overlap other work (the headless runner starts it with the notebooks).
    /// </summary>
    public async Task<ChartSession> StartAsync(CancellationToken cancellationToken = default)
    {
        var browser = await HeadlessChromium.StartAsync(_browserPath, StartTimeout, cancellationToken);
        try
        {
            await browser.OpenHtmlAsync(RenderPage(), StartTimeout, cancellationToken);
            return new ChartSession(browser, _browserPath);
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    /// <summary>A running browser with plotly.js loaded; renders figures until disposed.</summary>
    public sealed class ChartSession : IAsyncDisposable
    {
        private readonly HeadlessChromium _browser;
        private readonly string _browserPath;

        internal ChartSession(HeadlessChromium browser, string browserPath)
        {
            _browser = browser;
            _browserPath = browserPath;
        }

        /// <summary>Renders every figure (plotly JSON), in order; see <see cref="ChartExporter.RenderAsync"/>.</summary>
        public Task<IReadOnlyList<FigureImages>> RenderAsync(IReadOnlyList<string> figureJson, ImageOptions options, CancellationToken cancellationToken = default) =>
            RenderCheckedAsync(figureJson.Select((json, i) => Checked(json, i)).ToArray(), options, cancellationToken);

        internal async Task<IReadOnlyList<FigureImages>> RenderCheckedAsync(string[] figures, ImageOptions options, CancellationToken cancellationToken)
        {
            var images = new List<FigureImages>(figures.Length);
            for (var i = 0; i < figures.Length; i++)
            {
                var call = FormattableString.Invariant($"analysisKitRender({figures[i]}, {options.Width}, {options.Height}, {options.Scale})");
                try
                {
                    var result = await _browser.EvaluateAsync(call, FigureTimeout, cancellationToken);
                    var png = Convert.FromBase64String(result.GetProperty("png").GetString()!);
                    // A canvas past the browser's size limit encodes as nothing, without an error.
                    if (png.Length == 0)
                        throw new AnalysisKitException("the PNG came out empty: the figure is too large for the browser to draw at this size and scale", _browserPath);
                    images.Add(new FigureImages(result.GetProperty("svg").GetString()!, png));
                }
                catch (AnalysisKitException e)
                {
                    throw new AnalysisKitException($"figure {i + 1} of {figures.Length}: {e.Message}", _browserPath, inner: e);
                }
            }

            return images;
        }

        /// <summary>Closes the browser and deletes its profile.</summary>
        public ValueTask DisposeAsync() => _browser.DisposeAsync();
    }

    internal static string RenderPage() =>
        new StringBuilder()
            .Append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<script>")
            .Append(PlotlyScript.ForScriptElement)
            .Append("</script>\n<script>\n").Append(RenderScript).Append("</script>\n</head><body></body></html>\n")
            .ToString();

    private static string Checked(string json, int index)
    {
        try
        {
            return FigureHtml.ScriptJson(json);
        }
        catch (AnalysisKitException e)
        {
            throw new AnalysisKitException($"figure {index + 1}: {e.Message}", inner: e);
        }
    }
}
