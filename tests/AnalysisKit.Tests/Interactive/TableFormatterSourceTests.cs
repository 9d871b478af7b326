using AnalysisKit.Interactive;
using AnalysisKit.Tables;
using AnalysisKit.Tests.Tables;

namespace AnalysisKit.Tests.Interactive;

public class TableFormatterSourceTests
{
    private static readonly ClaimTable Claims = new(SeedClaims.Load());

    public static TheoryData<ITable> Tables()
    {
        var cumulative = CumulativeTable.From(Claims);
        return [Claims, MonthlyFiguresTable.From(Claims), AmnestyTable.From(Claims), cumulative, cumulative.Spread, cumulative.Consistency];
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_prefers_html_then_csv(ITable table) =>
        Assert.Equal(["text/html", "text/csv"], Formats.PreferredMimeTypes(table.GetType()));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_renders_as_its_html_csv_and_text(ITable table)
    {
        var bundle = Formats.Render(table);
        Assert.Equal(table.ToHtml(), bundle["text/html"]);
        Assert.Equal(table.ToCsv(), bundle["text/csv"]);
        Assert.Equal(table.ToText(), bundle["text/plain"]);
    }

    [Theory]
    [InlineData(TableFormatterSource.DisplayedRows, 0)]
    [InlineData(TableFormatterSource.DisplayedRows + 1, 1)]
    [InlineData(5_000, 5_000 - TableFormatterSource.DisplayedRows)]
    public void A_notebook_shows_the_first_rows_of_a_large_table_and_says_how_many_more(int rows, int more)
    {
        var table = new ClaimTable(Enumerable.Range(0, rows).Select(i => TestClaims.Total(1_000 + i, 1_000 + i, null, "2025-10", article: $"a{i}")).ToArray());
        var bundle = Formats.Render(table);
        var html = bundle["text/html"];
        var headerAndFooter = more == 0 ? 1 : 2;
        Assert.Equal(Math.Min(rows, TableFormatterSource.DisplayedRows), html.Split("</tr>").Length - 1 - headerAndFooter);
        if (more == 0)
        {
            Assert.DoesNotContain("more (the whole table is in its CSV)", html);
            Assert.Equal(table.ToCsv(), bundle["text/csv"]);
        }
        else
        {
            Assert.Contains($"… {more:N0} {(more == 1 ? "row" : "rows")} more (the whole table is in its CSV)", html);
            // The rows shown, not the whole table (that is in its file), and never left to a kernel's own CSV of the object.
            Assert.Equal(table.ToCsv(TableFormatterSource.DisplayedRows), bundle["text/csv"]);
            Assert.Equal(TableFormatterSource.DisplayedRows + 1, bundle["text/csv"].TrimEnd().Split('\n').Length);
            Assert.StartsWith(table.ToCsv(TableFormatterSource.DisplayedRows), table.ToCsv());
        }
    }
}
