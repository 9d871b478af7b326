using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Tables;

public class MonthlyFiguresTableTests
{
    [Fact]
    public void A_total_of_one_month_is_a_single_month_figure_as_stated()
    {
        var row = Assert.Single(MonthlyFiguresTable.From([Total(21_600, 21_600, "2025-10", "2025-10", Metric.Desertion)]).Rows);
        Assert.Equal(MonthlyFigureKind.SingleMonth, row.Kind);
        Assert.Equal((1, 21_600d, 21_600d), (row.Months, row.Low, row.High));
    }

    [Fact]
    public void A_per_month_rate_is_kept_as_stated_with_no_months_when_it_has_no_period()
    {
        var row = Assert.Single(MonthlyFiguresTable.From([PerMonth(15_000, 18_000)]).Rows);
        Assert.Equal(MonthlyFigureKind.StatedRate, row.Kind);
        Assert.Equal((null, 15_000d, 18_000d), (row.Months, row.Low, row.High));
        Assert.Null(row.PeriodStart);
    }

    [Theory]
    // "180,000 since January" published in November: both ends count, eleven months.
    [InlineData("2025-01", "2025-11", 11)]
    [InlineData("2024-01", "2024-10", 10)]
    [InlineData("2022-02", "2025-10", 45)]
    // A day-precision end counts its month.
    [InlineData("2025-01", "2025-08-30", 8)]
    // Across a year end.
    [InlineData("2024-11", "2025-07", 9)]
    public void A_multi_month_total_is_averaged_over_its_months_counted_inclusively(string start, string end, int months)
    {
        var row = Assert.Single(MonthlyFiguresTable.From([Total(180_000, 180_000, start, end)]).Rows);
        Assert.Equal(MonthlyFigureKind.ImpliedAverage, row.Kind);
        Assert.Equal(months, row.Months);
        Assert.Equal(180_000d / months, row.Low);
        Assert.Equal(180_000d / months, row.High);
    }

    [Fact]
    public void An_open_bound_stays_open_in_the_average()
    {
        var row = Assert.Single(MonthlyFiguresTable.From([Total(230_000, null, "2022-02", "2025-11", unit: CountUnit.Cases)]).Rows);
        Assert.Equal(5_000d, row.Low);
        Assert.Null(row.High);
        Assert.Equal(Qualifier.Over, row.Qualifier);
    }

    [Fact]
    public void Totals_without_a_start_stocks_and_reversed_periods_are_left_out()
    {
        var table = MonthlyFiguresTable.From(
        [
            Total(100_000, 200_000, null, "2025-11"),
            Total(1_000_000, 1_000_000, "2024-01", "2024-12", Metric.Personnel),
            Total(5, 5, "2025-05", "2025-03"),
        ]);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Rows_run_by_period_with_undated_rates_last()
    {
        var table = MonthlyFiguresTable.From(
        [
            PerMonth(1, 2, source: "R"),
            Total(3, 3, "2025-10", "2025-10", source: "S"),
            Total(4, 4, "2025-05", "2025-05", source: "T"),
        ]);
        Assert.Equal(["T", "S", "R"], table.Rows.Select(r => r.Source));
    }

    [Fact]
    public void Csv_rounds_averages_to_four_decimals_and_leaves_open_bounds_blank()
    {
        var table = MonthlyFiguresTable.From(
        [
            Total(180_000, 180_000, "2025-01", "2025-11", Metric.Desertion, source: "Die Welt", article: "000", quote: "reached 180,000"),
            Total(21_000, null, "2025-10", "2025-10", Metric.Desertion, source: "MP", article: "003", quote: "over 21,000 desertions"),
        ]);
        Assert.Equal(
            "period_start,period_end,months,low,high,qualifier,kind,metric,unit,force,projection,source,article,quote\r\n" +
            "2025-01,2025-11,11,16363.6364,16363.6364,exact,implied_average,desertion,persons,UA,no,Die Welt,000,\"reached 180,000\"\r\n" +
            "2025-10,2025-10,1,21000,,over,single_month,desertion,persons,UA,no,MP,003,\"over 21,000 desertions\"\r\n",
            table.ToCsv());
        Assert.Contains("<tr title=\"reached 180,000\"><td>2025-01</td><td>2025-11</td><td style=\"text-align:right\">11</td><td style=\"text-align:right\">16,364</td>", table.ToHtml());
    }
}
