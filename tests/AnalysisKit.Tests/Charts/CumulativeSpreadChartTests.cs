using AnalysisKit.Charts;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

public class CumulativeSpreadChartTests
{
    private static readonly CumulativeTable Table = CumulativeTable.From(
    [
        Total(300_000, 500_000, null, "2025-10", source: "TASS"),
        Total(100_000, 200_000, null, "2025-11", source: "unnamed"),
        Total(230_000, null, "2022-02", "2025-11", unit: CountUnit.Cases, source: "Zakharova citing Prosecutor"),
        Total(231_500, 231_500, "2022-02", "2025-10", unit: CountUnit.Cases, source: "Prosecutor General"),
        Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases, source: "MP") with { Published = new DateOnly(2025, 10, 15) },
    ]);

    private static readonly Figure Dumbbell = CumulativeSpreadChart.Create(Table);

    [Fact]
    public void Rows_run_top_down_basis_by_basis_largest_first()
    {
        var categories = Dumbbell.Data[0].Y;
        Assert.Equal(
            [
                "▾ UA awol persons, since 2022-02", "TASS · 2025-10", "unnamed · 2025-11",
                "▾ UA awol cases, since 2022-02", "Prosecutor General · 2025-10", "Zakharova citing Prosecutor · 2025-11",
                "▾ UA desertion cases, 2025 to date", "MP · 2025-12 (projection)",
            ],
            categories);
        Assert.Equal(("category", "reversed", 1d), (Dumbbell.Layout.YAxis!.Type, Dumbbell.Layout.YAxis.AutoRange, Dumbbell.Layout.YAxis.DTick!.Value));
    }

    [Fact]
    public void Each_basis_with_several_estimates_has_its_spread_annotated()
    {
        var note = Assert.Single(Dumbbell.Layout.Annotations, a => Equals(a.Y, "▾ UA awol persons, since 2022-02"));
        Assert.Equal("×5.0 spread (100,000 to 500,000)", note.Text);
        Assert.Contains(Dumbbell.Layout.Annotations, a => a.Text == "×1.0 spread (230,000 to 231,500)");
        Assert.DoesNotContain(Dumbbell.Layout.Annotations, a => Equals(a.Y, "▾ UA desertion cases, 2025 to date"));
    }

    [Fact]
    public void Ranges_are_lines_between_their_ends()
    {
        var ranges = Dumbbell.Data.Single(t => t.Mode == "lines" && t.Line!.Dash is null && t.Name == "Other sources");
        Assert.Equal(new double?[] { 300_000, 500_000, null, 100_000, 200_000, null }, ranges.X.Select(v => v is null ? (double?)null : Convert.ToDouble(v)));
    }

    [Fact]
    public void Open_bounds_are_arrows_pointing_the_open_way()
    {
        var arrow = 500_000 * 0.07;
        var right = Assert.Single(Dumbbell.Data, t => t.Marker?.Symbol == "triangle-right");
        Assert.Equal([230_000 + arrow], right.X);
        Assert.Equal(["Zakharova citing Prosecutor · 2025-11"], right.Y);
        var left = Assert.Single(Dumbbell.Data, t => t.Marker?.Symbol == "triangle-left");
        Assert.Equal([300_000 - arrow], left.X);
    }

    [Fact]
    public void The_reference_series_other_sources_and_projections_have_their_own_colours_in_the_legend()
    {
        var legend = Dumbbell.Data.Where(t => t.ShowLegend == true).Select(t => (t.Name, t.Marker!.Color)).ToList();
        Assert.Equal(["Prosecutor-General series (reference)", "Other sources", "Projection"], legend.Select(l => l.Name));
        Assert.Equal(3, legend.Select(l => l.Color).Distinct().Count());
    }

    [Fact]
    public void Hovers_name_source_quote_article_and_the_reference_comparison()
    {
        var points = Dumbbell.Data.Single(t => t.Name == "Other sources" && t.Mode == "markers" && t.Marker!.Symbol == "circle");
        var unnamed = points.CustomData!.First(row => row[0] == "unnamed");
        Assert.Equal("a1", unnamed[2]);
        Assert.StartsWith("“100000-200000 awol", unnamed[1]);
        Assert.Contains("0.43× the reference 230,000 (UA awol cases, since 2022-02, 2025-11)", unnamed[3]);
        Assert.Equal("100,000–200,000", unnamed[4]);
    }

    [Fact]
    public void The_timeline_shows_one_legend_entry_per_basis_and_leaves_projections_out()
    {
        var timeline = CumulativeSpreadChart.Timeline(Table);
        Assert.Equal(["UA awol persons, since 2022-02", "UA awol cases, since 2022-02"], timeline.Data.Where(t => t.ShowLegend == true).Select(t => t.Name));
        var open = Assert.Single(timeline.Data, t => t.Marker?.Symbol == "square-open");
        Assert.Equal([new DateOnly(2025, 11, 15)], open.X);
        Assert.Equal([230_000d], open.Y);
        var ranges = Assert.Single(timeline.Data, t => t.ErrorY is not null);
        Assert.Equal([150_000d, 400_000d], ranges.Y);
    }

    [Fact]
    public void Without_estimates_both_charts_say_so()
    {
        var empty = CumulativeTable.From([]);
        Assert.Contains(CumulativeSpreadChart.Create(empty).Layout.Annotations, a => a.Text.StartsWith("No cumulative", StringComparison.Ordinal));
        Assert.Contains(CumulativeSpreadChart.Timeline(empty).Layout.Annotations, a => a.Text.StartsWith("No cumulative", StringComparison.Ordinal));
    }
}
