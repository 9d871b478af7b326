using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Tables;

public class CumulativeTableTests
{
    [Theory]
    [InlineData("2022-02", "2025-11", CumulativeSpan.SinceFullScaleWar, null, 46)]
    // No stated start: "300,000 have left their units" counts from the war's start.
    [InlineData(null, "2025-10", CumulativeSpan.SinceFullScaleWar, null, 45)]
    [InlineData("2025-01", "2025-11", CumulativeSpan.YearToDate, 2025, 11)]
    [InlineData("2024-01", "2024-10", CumulativeSpan.YearToDate, 2024, 10)]
    [InlineData("2025-01", "2025-08-30", CumulativeSpan.YearToDate, 2025, 8)]
    public void Totals_from_the_war_or_the_year_start_are_cumulative(string? start, string end, CumulativeSpan span, int? year, int months)
    {
        var estimate = Assert.Single(CumulativeTable.From([Total(1_000, 1_000, start, end)]).Rows);
        Assert.Equal((span, year, months), (estimate.Basis.Span, estimate.Basis.Year, estimate.Months));
        Assert.Equal(PeriodPoint.TryParse(end), estimate.AsOf);
    }

    [Fact]
    public void Years_are_shown_without_a_thousands_separator() =>
        Assert.Contains("<td style=\"text-align:right\">2025</td>", CumulativeTable.From([Total(1_000, 1_000, "2025-01", "2025-03")]).ToHtml());

    [Theory]
    [InlineData("2024-11", "2025-07")]
    [InlineData("2024-01", "2025-03")]
    [InlineData("2025-10", "2025-10")]
    // January alone is a single-month figure, not a running total.
    [InlineData("2025-01", "2025-01")]
    [InlineData("2022-02", null)]
    public void Other_periods_are_not_cumulative(string? start, string? end) =>
        Assert.Empty(CumulativeTable.From([Total(1_000, 1_000, start, end)]).Rows);

    [Fact]
    public void Rates_and_other_metrics_are_not_cumulative() =>
        Assert.Empty(CumulativeTable.From(
        [
            PerMonth(14_000, 18_000, start: "2022-02", end: "2025-10"),
            Total(133_000, null, "2022-02", "2025-10", Metric.Deaths, force: Force.RU),
            Total(21_000, null, null, "2025-08-30", Metric.AmnestyReturns),
        ]).Rows);

    [Fact]
    public void Estimates_are_grouped_by_basis_and_sorted_by_value_with_open_bounds_kept()
    {
        var table = CumulativeTable.From(
        [
            Total(300_000, 500_000, null, "2025-10", source: "TASS"),
            Total(230_000, null, "2022-02", "2025-11", unit: CountUnit.Cases, source: "Zakharova"),
            Total(100_000, 200_000, null, "2025-11", source: "Unnamed"),
            Total(231_500, 231_500, "2022-02", "2025-10", unit: CountUnit.Cases, source: "PGO"),
            Total(25_000, null, "2022-02", "2025-07", force: Force.RU, source: "HUR"),
            Total(53_200, 53_200, "2022-02", "2025-10", Metric.Desertion, CountUnit.Cases, source: "PGO"),
            Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases, source: "MP"),
        ]);
        Assert.Equal(
            [
                "UA awol persons, since 2022-02: Unnamed",
                "UA awol persons, since 2022-02: TASS",
                "UA desertion cases, since 2022-02: PGO",
                "UA awol cases, since 2022-02: Zakharova",
                "UA awol cases, since 2022-02: PGO",
                "UA desertion cases, 2025 to date: MP",
                "RU awol persons, since 2022-02: HUR",
            ],
            table.Rows.Select(e => $"{e.Basis.Label}: {e.Source}"));
        var over = table.Rows[3];
        Assert.Equal((230_000L, (long?)null, Qualifier.Over), (over.Low!.Value, over.High, over.Qualifier));
        var upTo = table.Rows[5];
        Assert.Equal(((long?)null, 300_000L), (upTo.Low, upTo.High!.Value));
    }

    [Fact]
    public void Spread_per_basis_gives_lowest_highest_ratio_and_difference()
    {
        var table = CumulativeTable.From(
        [
            Total(300_000, 500_000, null, "2025-10", source: "TASS"),
            Total(100_000, 200_000, null, "2025-11", source: "Unnamed"),
        ]);
        var spread = table.Spread.Rows[0];
        Assert.Equal("UA awol persons, since 2022-02", spread.Scope);
        Assert.Equal((2, 100_000L, "Unnamed", 500_000L, "TASS"), (spread.Estimates, spread.Lowest, spread.LowestSource, spread.Highest, spread.HighestSource));
        Assert.Equal((5.0, 400_000L), (spread.Ratio!.Value, spread.Difference));
        Assert.False(spread.LowestIsUpperBound);
        Assert.False(spread.HighestIsLowerBound);
    }

    [Fact]
    public void Open_bounds_in_a_spread_are_flagged_because_the_true_spread_may_be_wider()
    {
        var spread = CumulativeTable.From(
        [
            Total(null, 50_000, null, "2025-10", source: "A"),
            Total(600_000, null, null, "2025-10", source: "B"),
        ]).Spread.Rows[0];
        Assert.Equal((50_000L, true, 600_000L, true, 12.0), (spread.Lowest, spread.LowestIsUpperBound, spread.Highest, spread.HighestIsLowerBound, spread.Ratio!.Value));
    }

    [Fact]
    public void Spreads_across_bases_mix_units_and_metrics_of_one_force_and_span_only()
    {
        var spreads = CumulativeTable.From(
        [
            Total(300_000, 500_000, null, "2025-10", source: "TASS"),
            Total(53_200, 53_200, "2022-02", "2025-10", Metric.Desertion, CountUnit.Cases, source: "PGO"),
            Total(25_000, null, null, "2025-07", force: Force.RU, source: "HUR"),
            Total(180_000, 180_000, "2025-01", "2025-11", Metric.Desertion, source: "Die Welt"),
        ]).Spread.Rows;
        var all = Assert.Single(spreads, s => s.Scope == "UA all, since 2022-02");
        Assert.Equal((2, 53_200L, 500_000L, 446_800L), (all.Estimates, all.Lowest, all.Highest, all.Difference));
        Assert.Equal(500_000d / 53_200, all.Ratio);
        Assert.Null(all.Unit);
        Assert.Null(all.Metric);
        Assert.Contains(spreads, s => s.Scope == "RU all, since 2022-02" && s.Estimates == 1);
        Assert.Contains(spreads, s => s.Scope == "UA all, 2025 to date" && s.Lowest == 180_000);
        Assert.Equal(7, spreads.Count);
    }

    [Fact]
    public void Projections_are_marked_and_left_out_of_spreads()
    {
        var projection = Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases) with { Published = new DateOnly(2025, 10, 15) };
        var table = CumulativeTable.From([projection, Total(162_000, 162_000, "2025-01", "2025-11", Metric.Desertion, CountUnit.Cases)]);
        Assert.True(Assert.Single(table.Rows, e => e.High == 300_000).IsProjection);
        Assert.All(table.Spread.Rows, s => Assert.Equal(1, s.Estimates));
    }

    [Fact]
    public void Each_estimate_is_compared_with_the_nearest_reference_of_its_basis()
    {
        var table = CumulativeTable.From(
        [
            Total(400_000, 400_000, "2022-02", "2025-11", Metric.Desertion, CountUnit.Cases, source: "MP"),
            Total(53_200, 53_200, "2022-02", "2025-10", Metric.Desertion, CountUnit.Cases, source: "Prosecutor General's Office"),
            Total(50_000, 50_000, "2022-02", "2025-03", Metric.Desertion, CountUnit.Cases, source: "prosecutor general, earlier"),
        ]);
        var mp = Assert.Single(table.Rows, e => e.Source == "MP");
        Assert.Equal((53_200L, "Prosecutor General's Office", "UA desertion cases, since 2022-02"), (mp.ReferenceValue!.Value, mp.ReferenceSource, mp.ReferenceBasis));
        Assert.Equal(400_000d / 53_200, mp.LowVsReference);
        Assert.Equal(400_000d / 53_200, mp.HighVsReference);
        Assert.All(table.Rows.Where(e => e.IsReference), e => Assert.Null(e.ReferenceValue));
    }

    [Fact]
    public void Without_a_same_basis_reference_the_other_unit_of_the_same_metric_is_used_and_named()
    {
        var table = CumulativeTable.From(
        [
            Total(100_000, 200_000, null, "2025-11", source: "Unnamed"),
            Total(310_000, 310_000, "2022-02", "2025-11", Metric.AwolOrDesertion, CountUnit.Persons, source: "Prosecutor"),
            Total(230_000, null, "2022-02", "2025-11", unit: CountUnit.Cases, source: "Prosecutor General's Office"),
        ]);
        var estimate = Assert.Single(table.Rows, e => e.Source == "Unnamed");
        Assert.Equal((230_000L, "UA awol cases, since 2022-02"), (estimate.ReferenceValue!.Value, estimate.ReferenceBasis));
        Assert.Equal((100_000d / 230_000, 200_000d / 230_000), (estimate.LowVsReference!.Value, estimate.HighVsReference!.Value));
    }

    [Fact]
    public void The_reference_series_is_a_parameter()
    {
        var claims = new[]
        {
            Total(25_000, null, null, "2025-07", force: Force.RU, source: "HUR"),
            Total(50_000, 50_000, null, "2025-07", force: Force.RU, source: "Mediazona"),
        };
        Assert.All(CumulativeTable.From(claims).Rows, e => Assert.False(e.IsReference));
        var table = CumulativeTable.From(claims, CumulativeOptions.WithReference("hur"));
        var other = Assert.Single(table.Rows, e => e.Source == "Mediazona");
        Assert.Equal(("HUR", 2.0), (other.ReferenceSource, other.LowVsReference!.Value));
    }

    [Fact]
    public void A_stated_rate_times_the_months_is_checked_against_the_stated_total()
    {
        var checks = CumulativeTable.From(
        [
            Total(180_000, 180_000, "2025-01", "2025-11", Metric.Desertion, source: "Die Welt"),
            PerMonth(15_000, 18_000, Metric.Desertion, source: "Zakharova"),
            Total(231_500, 231_500, "2022-02", "2025-10", unit: CountUnit.Cases, source: "PGO"),
            PerMonth(14_000, 18_000, unit: CountUnit.Cases, source: "PGO"),
            Total(500_000, 500_000, "2025-01", "2025-02", Metric.Desertion, CountUnit.Cases, source: "X"),
            PerMonth(1_000, 2_000, Metric.Desertion, CountUnit.Cases, source: "Y"),
            // A rate of another basis checks nothing.
            PerMonth(1, 1, Metric.Desertion, CountUnit.Persons, Force.RU),
        ]).Consistency.Rows;
        Assert.Equal(3, checks.Count);
        var welt = Assert.Single(checks, c => c.StatedSource == "Die Welt");
        Assert.Equal((11, 165_000d, 198_000d, ConsistencyVerdict.Within), (welt.Months, welt.ImpliedLow!.Value, welt.ImpliedHigh!.Value, welt.Verdict));
        Assert.Equal((MonthlyFigureKind.StatedRate, "Zakharova", 15_000d), (welt.Evidence, welt.EvidenceSource, welt.EvidenceLow!.Value));
        Assert.Equal(180_000 / 181_500d, welt.StatedVsImplied);
        var pgo = Assert.Single(checks, c => c.StatedSource == "PGO");
        Assert.Equal((45, 630_000d, 810_000d, ConsistencyVerdict.StatedBelow), (pgo.Months, pgo.ImpliedLow!.Value, pgo.ImpliedHigh!.Value, pgo.Verdict));
        Assert.Equal(ConsistencyVerdict.StatedAbove, Assert.Single(checks, c => c.StatedSource == "X").Verdict);
    }

    [Fact]
    public void A_rate_applies_only_to_totals_whose_months_include_when_it_holds()
    {
        var checks = CumulativeTable.From(
        [
            Total(60_000, 60_000, "2024-01", "2024-10", Metric.Desertion, article: "ft", source: "FT"),
            Total(180_000, 180_000, "2025-01", "2025-11", Metric.Desertion, article: "welt", source: "Die Welt"),
            PerMonth(15_000, 18_000, Metric.Desertion, article: "zakharova") with { Published = new DateOnly(2025, 11, 10) },
            // Undated and from another article: it could be from any year.
            PerMonth(1, 2, Metric.Desertion, article: "undated"),
            // A stated period decides over the publication date.
            PerMonth(3, 4, Metric.Desertion, article: "dated", start: "2024-03", end: "2024-04") with { Published = new DateOnly(2025, 11, 10) },
        ]).Consistency.Rows;
        Assert.Equal(["FT: 3", "Die Welt: 15000"], checks.Select(c => $"{c.StatedSource}: {c.EvidenceLow}"));
    }

    [Fact]
    public void A_sources_several_rates_are_one_check_with_their_lowest_low_and_highest_high()
    {
        var rates = Enumerable.Range(0, 8).Select(i => PerMonth(10_000 + i * 1_000, 12_000 + i * 1_000, start: "2025-01", end: "2025-02")).ToList();
        var check = Assert.Single(CumulativeTable.From(
        [
            Total(100_000, 100_000, "2025-01", "2025-10"),
            .. rates,
        ]).Consistency.Rows);
        Assert.Equal((10_000d, 19_000d, "Outlet"), (check.EvidenceLow!.Value, check.EvidenceHigh!.Value, check.EvidenceSource));
        Assert.Equal(
            string.Join(" | ", rates.Take(ConsistencyTable.MaxQuotes).Select(r => r.Quote)) + $" | … and {rates.Count - ConsistencyTable.MaxQuotes} more",
            check.EvidenceQuote);
    }

    [Fact]
    public void Consistency_checks_grow_with_the_estimates_not_with_estimates_times_rates()
    {
        // A large corpus: 2,000 totals and 2,000 rates of one basis, all overlapping, from four sources.
        var claims = Enumerable.Range(0, 2_000).SelectMany(i => new[]
        {
            Total(100_000 + i, 100_000 + i, "2022-02", $"2025-{1 + i % 10:D2}", source: $"S{i % 4}", article: $"a{i}"),
            PerMonth(10_000 + i, 12_000 + i, source: $"S{i % 4}", article: $"a{i}", start: "2025-01", end: "2025-03"),
        });
        var table = CumulativeTable.From(claims);
        Assert.Equal(2_000, table.Count);
        Assert.Equal(4 * table.Count, table.Consistency.Count);
        Assert.All(table.Consistency.Rows, c => Assert.Equal(ConsistencyTable.MaxQuotes + 1, c.EvidenceQuote.Split(" | ").Length));
    }

    [Fact]
    public void An_open_rate_leaves_the_implied_total_open()
    {
        var check = Assert.Single(CumulativeTable.From(
        [
            Total(100_000, 100_000, "2025-01", "2025-10"),
            PerMonth(20_000, null),
        ]).Consistency.Rows);
        Assert.Equal((200_000d, (double?)null, ConsistencyVerdict.StatedBelow), (check.ImpliedLow!.Value, check.ImpliedHigh, check.Verdict));
    }

    [Fact]
    public void Single_month_figures_inside_the_period_add_up_to_a_floor()
    {
        var check = Assert.Single(CumulativeTable.From(
        [
            Total(30_000, 30_000, "2025-01", "2025-11", Metric.Desertion),
            Total(21_600, 21_600, "2025-10", "2025-10", Metric.Desertion, source: "Die Welt"),
            // Another figure for October is an alternative, not a second part.
            Total(21_000, null, "2025-10", "2025-10", Metric.Desertion, source: "Lutsenko"),
            Total(17_000, 17_000, "2025-09", "2025-09", Metric.Desertion, source: "PGO"),
            // Outside the period.
            Total(99_000, 99_000, "2024-12", "2024-12", Metric.Desertion, source: "old"),
        ]).Consistency.Rows);
        Assert.Equal((MonthlyFigureKind.SingleMonth, 2, 38_000d), (check.Evidence, check.MonthsCovered, check.ImpliedLow!.Value));
        Assert.Null(check.ImpliedHigh);
        Assert.Null(check.EvidenceHigh);
        Assert.Null(check.StatedVsImplied);
        Assert.Equal("PGO; Die Welt; Lutsenko", check.EvidenceSource);
        Assert.Equal(ConsistencyVerdict.StatedBelow, check.Verdict);
    }

    [Fact]
    public void Single_months_covering_every_month_close_the_implied_total()
    {
        var check = Assert.Single(CumulativeTable.From(
        [
            Total(40_000, 40_000, "2025-01", "2025-02"),
            Total(18_000, 18_000, "2025-01", "2025-01"),
            Total(19_000, 20_000, "2025-02", "2025-02"),
        ]).Consistency.Rows);
        Assert.Equal((37_000d, 38_000d, ConsistencyVerdict.StatedAbove), (check.ImpliedLow!.Value, check.ImpliedHigh!.Value, check.Verdict));
    }

    [Fact]
    public void Csv_of_the_spread_keeps_mixed_unit_and_metric_blank()
    {
        var csv = CumulativeTable.From(
        [
            Total(100_000, 200_000, null, "2025-11", source: "Unnamed"),
            Total(53_200, 53_200, "2022-02", "2025-10", Metric.Desertion, CountUnit.Cases, source: "PGO"),
        ]).Spread.ToCsv();
        Assert.Equal(
            "scope,force,span,year,unit,metric,estimates,lowest,lowest_is_upper_bound,lowest_source,highest,highest_is_lower_bound,highest_source,ratio,difference\r\n" +
            "\"UA awol persons, since 2022-02\",UA,since_full_scale_war,,persons,awol,1,100000,no,Unnamed,200000,no,Unnamed,2,100000\r\n" +
            "\"UA desertion cases, since 2022-02\",UA,since_full_scale_war,,cases,desertion,1,53200,no,PGO,53200,no,PGO,1,0\r\n" +
            "\"UA all, since 2022-02\",UA,since_full_scale_war,,,,2,53200,no,PGO,200000,no,Unnamed,3.7594,146800\r\n",
            csv);
    }
}
