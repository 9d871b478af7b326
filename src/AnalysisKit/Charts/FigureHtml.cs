using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AnalysisKit.Charts;

/// <summary>HTML for plotly figures: a self-contained page, plotly.js inlined, no network needed.</summary>
public static class FigureHtml
{
    /// <summary>The file name of the shared plotly.js a folder of pages loads (<see cref="Page(string, string, string?)"/>).</summary>
    public const string SharedScriptName = "plotly.min.js";

    /// <summary>
    /// A page showing the figure given as plotly JSON (<c>{"data":…,"layout":…,"config":…}</c>).
    /// <paramref name="title"/> is plain text.
    /// </summary>
    public static string Page(string figureJson, string title) => Page(figureJson, title, scriptUrl: null);

    /// <summary>
    /// The same page loading plotly.js from <paramref name="scriptUrl"/> (relative to the page, e.g.
    /// <see cref="SharedScriptName"/> beside it) instead of inlining its 4–5 MB; null inlines it.
    /// </summary>
    public static string Page(string figureJson, string title, string? scriptUrl)
    {
        var json = ScriptJson(figureJson);
        var sb = new StringBuilder(PlotlyScript.ForScriptElement.Length + json.Length + 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n")
          .Append("<style>html,body{height:100%;margin:0;background:#fff}#figure{width:100%;height:100%}</style>\n")
          .Append(scriptUrl is null ? "<script>" + PlotlyScript.ForScriptElement + "</script>\n" : $"<script src=\"{WebUtility.HtmlEncode(scriptUrl)}\"></script>\n")
          .Append("</head>\n<body>\n<div id=\"figure\"></div>\n<script>\n")
          .Append("(function () {\n  var figure = ").Append(json).Append(";\n")
          .Append("  Plotly.newPlot(document.getElementById(\"figure\"), figure.data || [], figure.layout || {}, figure.config || {});\n")
          .Append("})();\n</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// A notebook output: a div and a script drawing into it. plotly.js rides along, loaded only if
    /// the page has none yet, so the output works offline and alone (e.g. after earlier outputs
    /// were cleared). The div is found by a class named after the JSON's hash, which keeps the
    /// output deterministic and lets the same figure be shown twice.
    /// </summary>
    internal static string Fragment(string figureJson)
    {
        var json = ScriptJson(figureJson);
        var id = "analysiskit-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(figureJson)))[..16].ToLowerInvariant();
        var sb = new StringBuilder(PlotlyScript.ForScriptElement.Length + json.Length + 1024);
        sb.Append("<div class=\"").Append(id).Append("\" style=\"width:100%;height:480px\"></div>\n")
          .Append("<script>if (typeof window.Plotly === \"undefined\") {\n").Append(PlotlyScript.ForScriptElement).Append("\n}</script>\n")
          .Append("<script>\n(function () {\n  var figure = ").Append(json).Append(";\n")
          .Append("  document.querySelectorAll(\"div.").Append(id).Append(":not([data-drawn])\").forEach(function (gd) {\n")
          .Append("    gd.setAttribute(\"data-drawn\", \"1\");\n")
          .Append("    Plotly.newPlot(gd, figure.data || [], figure.layout || {}, figure.config || {});\n")
          .Append("  });\n})();\n</script>\n");
        return sb.ToString();
    }

    /// <summary>
    /// Checks the JSON and makes it safe inside a script element: in valid JSON '&lt;' occurs only
    /// inside strings, where \u003c means the same, so no '&lt;/script' or '&lt;!--' survives.
    /// </summary>
    internal static string ScriptJson(string figureJson)
    {
        try
        {
            using var document = JsonDocument.Parse(figureJson);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new AnalysisKitException("figure JSON must be an object with data, layout and config");
            }
        }
        catch (JsonException e)
        {
            throw new AnalysisKitException($"figure JSON is not valid: {e.Message}", inner: e);
        }

        return figureJson.Replace("<", "\\u003c");
    }
}
