using AnalysisKit.Tables;

namespace AnalysisKit.Interactive;

/// <summary>
/// Notebook formats of every kit table: an HTML table (escaped text, thousands separators,
/// blanks for missing values, the quote on hover), CSV, and the plain-text grid. A notebook
/// shows the first <see cref="DisplayedRows"/> rows and says how many more there are, so a
/// large corpus does not make the notebook huge; the full table is in its CSV file
/// (<see cref="ITable.WriteCsv"/>); the CSV format holds the rows shown.
/// </summary>
public sealed class TableFormatterSource : ITypeFormatterSource
{
    /// <summary>How many rows a notebook shows of a table: as many as the Deedle frame display, and few enough that a notebook of several tables and figures stays under 1 MB.</summary>
    public const int DisplayedRows = 50;

    public IEnumerable<IMimeFormatter> CreateTypeFormatters() =>
    [
        new Formatter<ITable>("text/html", t => t.ToHtml(DisplayedRows)),
        // The rows the HTML shows: offered for every table, else a kernel fills text/csv with its own dump of the table object.
        new Formatter<ITable>("text/csv", t => t.ToCsv(DisplayedRows)),
        new Formatter<ITable>("text/plain", t => t.ToText()),
    ];
}
