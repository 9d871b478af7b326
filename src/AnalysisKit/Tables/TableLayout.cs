using System.Globalization;
using System.Text;
using AnalysisKit.Claims.Review;
using CsvHelper;
using CsvHelper.Configuration;

namespace AnalysisKit.Tables;

/// <summary>
/// The columns of one kind of table and the three renderings every table shares: CSV (spec
/// names, invariant culture), an HTML table for notebooks and a plain-text grid.
/// </summary>
/// <param name="Title">The table's caption, e.g. <c>Claims</c>.</param>
/// <param name="Columns">The columns, in output order.</param>
/// <param name="Hover">The text shown on hovering a row (the quote), or null for none.</param>
/// <param name="FrameOnly">Columns only the Deedle frame adds after <paramref name="Columns"/> (the CSV keeps the spec's columns).</param>
internal sealed record TableLayout<TRow>(
    string Title, IReadOnlyList<TableColumn<TRow>> Columns, Func<TRow, string?>? Hover = null, IReadOnlyList<TableColumn<TRow>>? FrameOnly = null)
{
    private static readonly CsvConfiguration CsvConfig = new(CultureInfo.InvariantCulture)
    {
        // RFC 4180 line ends on every platform, as in the gold files.
        NewLine = "\r\n",
        // Quotes must stay exact substrings of the article (the gold reader compares them),
        // so formula-injection escaping, which would prefix them, stays off.
        InjectionOptions = InjectionOptions.None,
    };

    /// <summary>
    /// With a trailing <c>review</c> column (<c>corrected by review: metric awol → desertion</c>)
    /// when some row was reviewed, the review also leading the row's hover; else this layout.
    /// </summary>
    public TableLayout<TRow> WithReview(IReadOnlyList<TRow> rows, Func<TRow, ClaimReview> review) =>
        rows.Any(row => review(row).IsReviewed)
            ? this with
            {
                Columns = [.. Columns, new("review", row => Cell.Text(review(row).ToString()))],
                Hover = row => string.Join("\n", new[] { review(row).ToString(), Hover?.Invoke(row) ?? "" }.Where(t => t.Length > 0)),
            }
            : this;

    public string ToCsv(IEnumerable<TRow> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CsvConfig))
        {
            foreach (var column in Columns) csv.WriteField(column.Name);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var column in Columns) csv.WriteField(column.Value(row).Csv);
                csv.NextRecord();
            }
        }
        return writer.ToString();
    }

    public void WriteCsv(IEnumerable<TRow> rows, string path) => AtomicFile.WriteAllText(path, ToCsv(rows));

    public Deedle.Frame<int, string> ToFrame(IReadOnlyList<TRow> rows) => TableFrame.Of([.. Columns, .. FrameOnly ?? []], rows);

    public string ToHtml(IReadOnlyList<TRow> rows, int maxRows = int.MaxValue)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"analysiskit-table\">\n");
        html.Append("<caption>").Append(Html.Escape(Title)).Append(" (").Append(RowCount(rows.Count)).Append(")</caption>\n");
        html.Append("<thead><tr>");
        foreach (var column in Columns) html.Append("<th>").Append(Html.Escape(column.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows.Take(maxRows))
        {
            html.Append("<tr");
            if (Hover?.Invoke(row) is { Length: > 0 } hover) html.Append(" title=\"").Append(Html.Escape(hover)).Append('"');
            html.Append('>');
            foreach (var column in Columns)
            {
                var cell = column.Value(row);
                html.Append(cell.IsNumber ? "<td style=\"text-align:right\">" : "<td>")
                    .Append(Html.Escape(cell.Display)).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n");
        if (rows.Count > maxRows)
            html.Append("<tfoot><tr><td colspan=\"").Append(Columns.Count).Append("\">… ")
                .Append(RowCount(rows.Count - maxRows)).Append(" more (the whole table is in its CSV)</td></tr></tfoot>\n");
        html.Append("</table>\n");
        return html.ToString();
    }

    public string ToText(IReadOnlyList<TRow> rows) => ToText(rows, TextGridOptions.Default);

    public string ToText(IReadOnlyList<TRow> rows, TextGridOptions options)
    {
        var shown = rows.Count > options.MaxRows ? rows.Take(options.MaxRows).ToList() : rows;
        var cells = shown.Select(row => Columns.Select(column => column.Value(row)).ToArray()).ToList();
        var texts = cells.Select(line => line.Select(cell => Clip(cell.Display, options.MaxCellWidth)).ToArray()).ToList();
        var widths = Columns.Select((column, i) => texts.Select(line => line[i].Length).Append(column.Name.Length).Max()).ToArray();
        var numeric = Columns.Select((_, i) => cells.Any(line => line[i].IsNumber)).ToArray();

        var text = new StringBuilder();
        text.Append(Title).Append(" (").Append(RowCount(rows.Count)).Append(")\n");
        AppendLine(text, Columns.Select(column => column.Name).ToArray(), widths, numeric);
        AppendLine(text, widths.Select(width => new string('-', width)).ToArray(), widths, numeric);
        foreach (var line in texts) AppendLine(text, line, widths, numeric);
        if (rows.Count > shown.Count)
            text.Append("... ").Append(RowCount(rows.Count - shown.Count)).Append(" more\n");
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string[] values, int[] widths, bool[] numeric)
    {
        var line = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(numeric[i] ? values[i].PadLeft(widths[i]) : values[i].PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static string Clip(string value, int width)
    {
        var flat = value.ReplaceLineEndings(" ");
        return flat.Length <= width ? flat : string.Concat(flat.AsSpan(0, width - 1), "…");
    }

    private static string RowCount(int count) => count == 1 ? "1 row" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} rows";
}
