using System.Net;

namespace AnalysisKit.Interactive;

/// <summary>
/// Notebook formats of an <see cref="Analysis"/>: its one-line summary (as text, and as one HTML
/// paragraph), not a tree of every table and claim, which the tables show themselves.
/// </summary>
public sealed class AnalysisFormatterSource : ITypeFormatterSource
{
    public IEnumerable<IMimeFormatter> CreateTypeFormatters() =>
    [
        new Formatter<Analysis>("text/html", a => $"<p class=\"analysiskit-summary\">{WebUtility.HtmlEncode(a.ToString())}</p>"),
        new Formatter<Analysis>("text/plain", a => a.ToString()),
    ];
}
