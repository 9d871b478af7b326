using System.Security.Cryptography;
using System.Text;
using AnalysisKit.Charts;

namespace AnalysisKit.Interactive;

/// <summary>
/// Notebook formats of a <see cref="Figure"/>: plotly JSON (VS Code and JupyterLab draw it
/// offline), a small HTML fallback that draws it with plotly.js loaded once per page from the
/// plotly CDN (the release embedded in the kit), and a one-line text summary. No output inlines
/// plotly.js, so executed notebooks stay small; self-contained pages are what
/// <c>Analysis.ExportAsync</c> writes.
/// </summary>
public sealed class FigureFormatterSource : ITypeFormatterSource
{
    /// <summary>The MIME type of plotly figures in Jupyter and VS Code.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public IEnumerable<IMimeFormatter> CreateTypeFormatters() =>
    [
        new Formatter<Figure>(PlotlyMimeType, f => f.ToJson()),
        new Formatter<Figure>("text/html", f => Html(f.ToJson())),
        new Formatter<Figure>("text/plain", Summary),
    ];

    // One script element per page, shared by every figure output; the div is found by a class named
    // after the JSON's hash, so the output is deterministic and the same figure can be shown twice.
    internal static string Html(string figureJson)
    {
        var json = FigureHtml.ScriptJson(figureJson);
        var id = "analysiskit-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)))[..16].ToLowerInvariant();
        var script = $"https://cdn.plot.ly/plotly-{PlotlyScript.Version()}.min.js";
        return new StringBuilder()
            .Append("<div class=\"").Append(id).Append("\" style=\"width:100%;height:480px\"></div>\n")
            .Append("<script>\n(function () {\n  var figure = ").Append(json).Append(";\n")
            .Append("  function draw() {\n")
            .Append("    document.querySelectorAll(\"div.").Append(id).Append(":not([data-drawn])\").forEach(function (gd) {\n")
            .Append("      gd.setAttribute(\"data-drawn\", \"1\");\n")
            .Append("      Plotly.newPlot(gd, figure.data || [], figure.layout || {}, figure.config || {});\n")
            .Append("    });\n  }\n")
            .Append("  if (typeof window.Plotly !== \"undefined\") { draw(); return; }\n")
            .Append("  var s = document.getElementById(\"analysiskit-plotly-js\");\n")
            .Append("  if (!s) {\n    s = document.createElement(\"script\");\n    s.id = \"analysiskit-plotly-js\";\n")
            .Append("    s.src = \"").Append(script).Append("\";\n    document.head.appendChild(s);\n  }\n")
            .Append("  s.addEventListener(\"load\", draw);\n})();\n</script>\n")
            .ToString();
    }

    private static string Summary(Figure figure)
    {
        // The first traces only: a chart of many segments would otherwise put a page of names in every notebook.
        const int named = 12;
        var traces = string.Join(", ", figure.Data.Take(named).Select(t => t.Name is null ? t.Type : $"{t.Type} \"{t.Name}\""))
            + (figure.Data.Count > named ? $" and {figure.Data.Count - named} more" : "");
        var title = figure.Layout.Title is { } t ? $"\"{t.Text}\": " : "";
        return $"Figure {title}{figure.Data.Count} trace(s) [{traces}]";
    }
}
