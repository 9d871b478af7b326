using Deedle;

namespace AnalysisKit.Tables;

/// <summary>
/// Builds the Deedle frame of a table: one typed column per table column (its spec name), rows
/// keyed 0..n-1 in table order, a missing value missing (absent from its column), never 0 or "".
/// </summary>
internal static class TableFrame
{
    public static Frame<int, string> Of<TRow>(IReadOnlyList<TableColumn<TRow>> columns, IReadOnlyList<TRow> rows)
    {
        var frame = Frame.FromRowKeys(Enumerable.Range(0, rows.Count));
        foreach (var column in columns)
        {
            var cells = rows.Select(column.Value).ToArray();
            frame.AddColumn(column.Name, Column(cells));
        }
        return frame;
    }

    // A column's type is its cells' (every cell of a column comes from one Cell factory); a table
    // with no rows has no cell to ask, so its columns are empty object columns.
    private static ISeries<int> Column(Cell[] cells) => (cells.Length == 0 ? typeof(object) : cells[0].Type) switch
    {
        var t when t == typeof(string) => Typed<string>(cells),
        var t when t == typeof(long) => Typed<long>(cells),
        var t when t == typeof(int) => Typed<int>(cells),
        var t when t == typeof(double) => Typed<double>(cells),
        var t when t == typeof(bool) => Typed<bool>(cells),
        var t when t == typeof(DateTime) => Typed<DateTime>(cells),
        _ => Typed<object>(cells),
    };

    private static Series<int, T> Typed<T>(Cell[] cells)
    {
        var present = new SeriesBuilder<int, T>();
        for (var i = 0; i < cells.Length; i++)
            if (cells[i].Value is T value) present.Add(i, value);
        return present.Series;
    }
}
