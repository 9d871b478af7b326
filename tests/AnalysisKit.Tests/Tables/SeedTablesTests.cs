using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Tables;

public class SeedTablesTests
{
    private static readonly ClaimTable Claims = new(SeedClaims.Load());

    [Fact]
    public void The_cumulative_table_holds_the_seeds_since_2022_estimates_and_their_spread()
    {
        var table = CumulativeTable.From(Claims);
        var since2022 = table.Rows.Where(e => e.Basis is { Force: Force.UA, Span: CumulativeSpan.SinceFullScaleWar }).ToList();
        Assert.Equal(
            ["000_33354944bae00692", "001_a630a9649aa4309c", "002_b56e3babc11d0ab3", "003_2f42aa1f686b2988"],
            since2022.Select(e => e.Article).Distinct().Order());
        Assert.Equal(7, since2022.Count);
        var all = Assert.Single(table.Spread.Rows, s => s.Scope == "UA all, since 2022-02");
        Assert.Equal((53_200L, 500_000L, 446_800L), (all.Lowest, all.Highest, all.Difference));
        Assert.Equal(9.40, all.Ratio!.Value, 2);
        Assert.StartsWith("Prosecutor General's Office", all.LowestSource);
        Assert.Equal("Russian security forces (via TASS)", all.HighestSource);
    }

    [Fact]
    public void The_seeds_monthly_table_averages_die_welts_total_over_eleven_months()
    {
        var row = Assert.Single(MonthlyFiguresTable.From(Claims).Rows, r => r.Quote.Contains("180,000"));
        Assert.Equal((MonthlyFigureKind.ImpliedAverage, 11), (row.Kind, row.Months));
    }

    [Fact]
    public void The_seeds_amnesty_table_has_both_returns_figures()
    {
        var table = AmnestyTable.From(Claims);
        Assert.Equal([21_000L, 29_000L], table.Stated.Select(r => r.Low!.Value).Order());
    }
}
