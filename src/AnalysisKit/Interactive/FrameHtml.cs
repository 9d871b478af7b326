using System.Globalization;
using System.Text;
using AnalysisKit.Tables;
using Deedle;

namespace AnalysisKit.Interactive;

/// <summary>
/// A compact notebook table for any Deedle frame (Deedle ships no notebook formatter, and the
/// kernel's default tree of a claims frame runs to megabytes): escaped text, thousands
/// separators, dates as ISO dates, blanks for missing values, the quote on hover where the frame
/// has a quote column, and a row cap with "N more rows".
/// </summary>
public static class FrameHtml
{
    /// <summary>The HTML <c>&lt;table&gt;</c> of <paramref name="frame"/>; all text escaped.</summary>
    public static string ToHtml<TRow, TColumn>(Frame<TRow, TColumn> frame, FrameHtmlOptions? options = null)
    {
        options ??= FrameHtmlOptions.Default;
        var columns = frame.ColumnKeys.Select((key, i) => (Name: Text(key), Values: frame.GetColumnAt<object>(i))).ToArray();
        var quote = QuoteColumn(columns.Select(c => c.Name).ToArray());
        var rows = frame.RowCount;
        var shown = Math.Min(rows, options.MaxRows);

        var html = new StringBuilder();
        html.Append("<table class=\"analysiskit-frame\">\n<caption>").Append(Html.Escape(Summary(frame))).Append("</caption>\n<thead><tr><th></th>");
        foreach (var column in columns) html.Append("<th>").Append(Html.Escape(column.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        var rowKeys = frame.RowKeys.Take(shown).ToArray();
        for (var i = 0; i < shown; i++)
        {
            html.Append("<tr");
            if (quote is int q && columns[q].Values.TryGetAt(i) is { HasValue: true } hover)
                html.Append(" title=\"").Append(Html.Escape(Text(hover.Value))).Append('"');
            html.Append("><th>").Append(Html.Escape(Text(rowKeys[i]))).Append("</th>");
            foreach (var column in columns) AppendCell(html, column.Name, column.Values.TryGetAt(i), options);
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (rows > shown) html.Append("<p>… ").Append(Count(rows - shown, "more row")).Append("</p>\n");
        return html.ToString();
    }

    /// <summary>One line: the frame's size and column names, e.g. <c>Frame: 25 rows × 13 columns (article, quote, …)</c>.</summary>
    public static string Summary<TRow, TColumn>(Frame<TRow, TColumn> frame)
    {
        var names = frame.ColumnKeys.Select(key => Text(key)).ToArray();
        var listed = string.Join(", ", names.Take(8)) + (names.Length > 8 ? ", …" : "");
        return $"Frame: {Count(frame.RowCount, "row")} × {Count(frame.ColumnCount, "column")}" + (names.Length > 0 ? $" ({listed})" : "");
    }

    private static void AppendCell(StringBuilder html, string column, OptionalValue<object> cell, FrameHtmlOptions options)
    {
        if (!cell.HasValue)
        {
            html.Append("<td></td>");
            return;
        }
        var value = cell.Value;
        if (IsNumber(value))
        {
            html.Append("<td style=\"text-align:right\">").Append(Html.Escape(Number(column, value))).Append("</td>");
            return;
        }
        var text = Text(value);
        if (text.Length <= options.MaxTextLength)
        {
            html.Append("<td>").Append(Html.Escape(text)).Append("</td>");
            return;
        }
        html.Append("<td title=\"").Append(Html.Escape(text)).Append("\">")
            .Append(Html.Escape(string.Concat(text.AsSpan(0, options.MaxTextLength - 1), "…"))).Append("</td>");
    }

    // The claim tables name it "quote"; the cumulative ones "stated_quote", "lowest_quote", …
    private static int? QuoteColumn(string[] names)
    {
        var exact = Array.IndexOf(names, "quote");
        if (exact >= 0) return exact;
        var suffixed = Array.FindIndex(names, n => n.EndsWith("_quote", StringComparison.Ordinal));
        return suffixed >= 0 ? suffixed : null;
    }

    private static bool IsNumber(object value) => value is long or int or short or byte or ulong or uint or double or float or decimal;

    private static string Number(string column, object value) => value switch
    {
        // A year is a name, not a quantity: 2025, not 2,025.
        int or long when column == "year" || column.EndsWith("_year", StringComparison.Ordinal) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d when !double.IsFinite(d) => "",
        float f when !float.IsFinite(f) => "",
        double or float or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,##0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("#,##0", CultureInfo.InvariantCulture),
    };

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";
}
