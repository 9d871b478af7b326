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
