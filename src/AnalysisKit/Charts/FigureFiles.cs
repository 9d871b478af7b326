using System.Text;

namespace AnalysisKit.Charts;

/// <summary>
/// Writes figures given as plotly JSON to a folder: <c>NAME.html</c> always (loading the folder's
/// one <c>plotly.min.js</c>, written beside them), <c>NAME.svg</c> and
/// <c>NAME.png</c> when a browser is found. Each file is written to a temporary name and renamed.
/// </summary>
public static class FigureFiles
{
    /// <summary>
    /// Writes the figures; <paramref name="browserPath"/> defaults to <see cref="ChartExporter.FindBrowser()"/>.
    /// Without a browser the result carries <see cref="ExportResult.NoBrowserHint"/>.
    /// </summary>
    public static Task<ExportResult> WriteAsync(
        string directory,
        IReadOnlyList<(string Name, string FigureJson)> figures,
        ImageOptions? options = null,
        string? browserPath = null,
        CancellationToken cancellationToken = default) =>
        WriteWithAsync(directory, figures, options ?? new ImageOptions(), browserPath ?? ChartExporter.FindBrowser(), cancellationToken);

    /// <summary>The same with the browser decided: null writes HTML only.</summary>
    internal static Task<ExportResult> WriteWithAsync(
        string directory,
        IReadOnlyList<(string Name, string FigureJson)> figures,
        ImageOptions options,
        string? browser,
        CancellationToken cancellationToken) =>
        WriteWithAsync(directory, figures, options,
            browser is null ? null : json => new ChartExporter(browser).RenderAsync(json, options, cancellationToken), cancellationToken);

    /// <summary>The same, rendering images with a browser already started (null: HTML only).</summary>
    internal static Task<ExportResult> WriteWithAsync(
        string directory,
        IReadOnlyList<(string Name, string FigureJson)> figures,
        ImageOptions options,
        ChartExporter.ChartSession? session,
        CancellationToken cancellationToken) =>
        WriteWithAsync(directory, figures, options,
            session is null ? null : json => session.RenderAsync(json, options, cancellationToken), cancellationToken);

    private static async Task<ExportResult> WriteWithAsync(
        string directory,
        IReadOnlyList<(string Name, string FigureJson)> figures,
        ImageOptions options,
        Func<IReadOnlyList<string>, Task<IReadOnlyList<FigureImages>>>? render,
        CancellationToken cancellationToken)
    {
        foreach (var (name, _) in figures)
        {
            if (name.Length == 0 || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name is "." or "..")
            {
                throw new AnalysisKitException($"'{name}' cannot be a file name for a figure", directory);
            }
        }

        if (figures.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new AnalysisKitException($"two figures are named '{twice.Key}'; each needs its own file name", directory);
        }

        Directory.CreateDirectory(directory);
        var written = new List<string>();
        // The pages of a folder (a run's, or a notebook's exports one call after another) share one
        // plotly.js beside them rather than each inlining 4–5 MB. FigureHtml.Page(json, title) is
        // the self-contained page, for a single file to mail or open anywhere.
        var scriptUrl = FigureHtml.SharedScriptName;
        if (figures.Count > 0)
        {
            var script = Path.Combine(directory, scriptUrl);
            var bytes = Encoding.UTF8.GetBytes(PlotlyScript.ForScriptElement);
            if (!File.Exists(script) || new FileInfo(script).Length != bytes.Length)
            {
                await AtomicFile.WriteAsync(script, bytes, cancellationToken);
            }

            written.Add(script);
        }

        foreach (var (name, json) in figures)
        {
            var html = Path.Combine(directory, name + ".html");
            await AtomicFile.WriteAsync(html, Encoding.UTF8.GetBytes(FigureHtml.Page(json, name, scriptUrl)), cancellationToken);
            written.Add(html);
        }

        if (render is null)
        {
            return new ExportResult(written, ExportResult.NoBrowserHint);
        }

        var images = await render(figures.Select(f => f.FigureJson).ToArray());
        for (var i = 0; i < figures.Count; i++)
        {
            var svg = Path.Combine(directory, figures[i].Name + ".svg");
            var png = Path.Combine(directory, figures[i].Name + ".png");
            await AtomicFile.WriteAsync(svg, Encoding.UTF8.GetBytes(images[i].Svg), cancellationToken);
            await AtomicFile.WriteAsync(png, images[i].Png, cancellationToken);
            written.AddRange([svg, png]);
        }

        return new ExportResult(written, null);
    }
}
