using AnalysisKit.Tables;

namespace AnalysisKit.Interactive;

/// <summary>
/// Notebook formats of every kit table: an HTML table (escaped text, thousands separators,
/// blanks for missing values, the quote on hover), CSV, and the plain-text grid.
/// </summary>
public sealed class TableFormatterSource : ITypeFormatterSource
{
    public IEnumerable<IMimeFormatter> CreateTypeFormatters() =>
    [
        new Formatter<ITable>("text/html", t => t.ToHtml()),
        new Formatter<ITable>("text/csv", t => t.ToCsv()),
        new Formatter<ITable>("text/plain", t => t.ToText()),
    ];
}
