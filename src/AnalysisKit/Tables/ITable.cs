namespace AnalysisKit.Tables;

/// <summary>
/// What every kit table offers: CSV for files and spreadsheets, an HTML table for notebooks
/// (escaped text, thousands separators, blanks for missing values, the quote on hover) and a
/// plain-text grid.
/// </summary>
public interface ITable
{
    /// <summary>The number of rows.</summary>
    int Count { get; }

    /// <summary>CSV with a header row of spec (snake case) column names, invariant culture, CRLF line ends (RFC 4180, as the gold files).</summary>
    string ToCsv();

    /// <summary>The same for the first <paramref name="maxRows"/> rows.</summary>
    string ToCsv(int maxRows);

    /// <summary>An HTML <c>&lt;table&gt;</c> fragment; all text escaped.</summary>
    string ToHtml();

    /// <summary>The same for the first <paramref name="maxRows"/> rows, and a last line saying how many more there are.</summary>
    string ToHtml(int maxRows);

    /// <summary>A plain-text grid, long cells clipped.</summary>
    string ToText();

    /// <summary>The table as a Deedle frame: typed columns named as in the CSV, missing values missing.</summary>
    Deedle.Frame<int, string> ToFrame();

    /// <summary>Writes <see cref="ToCsv()"/> to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    void WriteCsv(string path);
}
