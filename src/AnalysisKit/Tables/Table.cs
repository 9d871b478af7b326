namespace AnalysisKit.Tables;

/// <summary>
/// A typed table of records, rendered through its column layout: the one implementation of
/// <see cref="ITable"/> every kit table shares.
/// </summary>
/// <typeparam name="TRow">The record type of one row.</typeparam>
public abstract record Table<TRow>(IReadOnlyList<TRow> Rows) : ITable
{
    internal abstract TableLayout<TRow> Layout { get; }

    /// <summary>The columns of the CSV; the shown columns unless a table keeps a fixed file format.</summary>
    internal virtual TableLayout<TRow> CsvLayout => Layout;

    /// <summary>The caption of the HTML table and text grid; null for the table's own (e.g. <c>Claims</c>).</summary>
    public string? Caption { get; init; }

    private TableLayout<TRow> Shown => Caption is null ? Layout : Layout with { Title = Caption };

    public int Count => Rows.Count;

    public string ToCsv() => CsvLayout.ToCsv(Rows);

    public string ToCsv(int maxRows) => CsvLayout.ToCsv(Rows.Take(maxRows));

    public string ToHtml() => Shown.ToHtml(Rows);

    public string ToHtml(int maxRows) => Shown.ToHtml(Rows, maxRows);

    public string ToText() => Shown.ToText(Rows);

    public void WriteCsv(string path) => CsvLayout.WriteCsv(Rows, path);

    /// <summary>
    /// The table as a Deedle frame: rows keyed 0..n-1, one typed column per CSV column (spec
    /// names; numbers as <c>long</c>/<c>int</c>/<c>double</c>, dates and period ends as
    /// <see cref="DateTime"/>, labels as text, flags as <c>bool</c>), missing values missing.
    /// </summary>
    public Deedle.Frame<int, string> ToFrame() => Layout.ToFrame(Rows);

    /// <summary>The column names of this table's CSV, in order.</summary>
    public IReadOnlyList<string> ColumnNames => CsvLayout.Columns.Select(column => column.Name).ToArray();

    /// <summary>The text grid, so a notebook without the kit's formatters still shows a table.</summary>
    public sealed override string ToString() => ToText();
}
