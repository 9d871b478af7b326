using System.Text;

namespace AnalysisKit.Charts;

/// <summary>
/// Writes figures given as plotly JSON to a folder: <c>NAME.html</c> always, <c>NAME.svg</c> and
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
    internal static async Task<ExportResult> WriteWithAsync(
        string directory,
        IReadOnlyList<(string Name, string FigureJson)> figures,
        ImageOptions options,
        string? browser,
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
        foreach (var (name, json) in figures)
        {
            var html = Path.Combine(directory, name + ".html");
            await AtomicFile.WriteAsync(html, Encoding.UTF8.GetBytes(FigureHtml.Page(json, name)), cancellationToken);
            written.Add(html);
        }

        if (browser is null)
        {
            return new ExportResult(written, ExportResult.NoBrowserHint);
        }

        var images = await new ChartExporter(browser).RenderAsync(figures.Select(f => f.FigureJson).ToArray(), options, cancellationToken);
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
