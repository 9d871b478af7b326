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
}
