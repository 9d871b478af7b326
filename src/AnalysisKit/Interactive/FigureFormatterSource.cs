using AnalysisKit.Charts;

namespace AnalysisKit.Interactive;

/// <summary>
/// Notebook formats of a <see cref="Figure"/>: plotly JSON (VS Code draws it offline), an HTML
/// fallback with plotly.js inlined, and a one-line text summary.
/// </summary>
public sealed class FigureFormatterSource : ITypeFormatterSource
{
    /// <summary>The MIME type of plotly figures in Jupyter and VS Code.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public IEnumerable<IMimeFormatter> CreateTypeFormatters() =>
    [
        new Formatter<Figure>(PlotlyMimeType, f => f.ToJson()),
        new Formatter<Figure>("text/html", f => FigureHtml.Fragment(f.ToJson())),
        new Formatter<Figure>("text/plain", Summary),
    ];

    private static string Summary(Figure figure)
    {
        var traces = string.Join(", ", figure.Data.Select(t => t.Name is null ? t.Type : $"{t.Type} \"{t.Name}\""));
        var title = figure.Layout.Title is { } t ? $"\"{t.Text}\": " : "";
        return $"Figure {title}{figure.Data.Count} trace(s) [{traces}]";
    }
}
