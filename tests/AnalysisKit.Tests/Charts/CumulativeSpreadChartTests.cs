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
        Total(100_000, 200_000, null, "2025-11", source: "Unnamed"),
        Total(230_000, null, "2022-02", "2025-11", unit: CountUnit.Cases, source: "Zakharova citing Prosecutor"),
        Total(231_500, 231_500, "2022-02", "2025-10", unit: CountUnit.Cases, source: "Prosecutor General"),
        Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases, source: "MP") with { Published = new DateOnly(2025, 10, 15) },
    ]);

    private static readonly Figure Dumbbell = CumulativeSpreadChart.Create(Table);

    private static string Header(int n) => new('\u200B', n);

    [Fact]
    public void Rows_run_top_down_basis_by_basis_largest_first()
    {
        var categories = Dumbbell.Data[0].Y;
        Assert.Equal(
            [
                Header(1), "TASS · Oct 2025", "Unnamed · Nov 2025",
                Header(2), "Prosecutor General · Oct 2025", "Zakharova citing Prosecutor · Nov 2025",
                Header(3), "MP · Dec 2025 (projection)",
            ],
            categories);
        Assert.Equal(("category", "reversed", 1d), (Dumbbell.Layout.YAxis!.Type, Dumbbell.Layout.YAxis.AutoRange, Dumbbell.Layout.YAxis.DTick!.Value));
    }

    [Fact]
    public void Header_rows_are_their_basis_in_words_in_bold_on_a_shaded_band()
    {
        var headers = Dumbbell.Layout.Annotations.Where(a => a.Font?.Weight == 700).ToList();
        Assert.Equal(
            ["Ukrainian forces · AWOL · persons · since Feb 2022", "Ukrainian forces · AWOL · criminal cases · since Feb 2022", "Ukrainian forces · desertion · criminal cases · 2025 to date"],
            headers.Select(h => h.Text));
        Assert.Equal([Header(1), Header(2), Header(3)], headers.Select(h => h.Y));
        // Rows 0, 3 and 6 of the category axis are shaded; estimate rows are not.
        Assert.Equal([(-0.5, 0.5), (2.5, 3.5), (5.5, 6.5)], Dumbbell.Layout.Shapes.Where(s => s.Type == "rect").Select(s => ((double)s.Y0, (double)s.Y1)));
        Assert.DoesNotContain(Dumbbell.Layout.Annotations, a => a.Font?.Weight == 700 && a.Text.Contains('_'));
    }

    [Fact]
    public void Each_basis_with_several_estimates_has_its_spread_annotated()
    {
        var note = Assert.Single(Dumbbell.Layout.Annotations, a => Equals(a.Y, Header(1)) && a.Font?.Weight is null);
        Assert.Equal("×5.0 spread (100,000 to 500,000)", note.Text);
        Assert.Contains(Dumbbell.Layout.Annotations, a => a.Text == "×1.0 spread (230,000 to 231,500)");
        Assert.DoesNotContain(Dumbbell.Layout.Annotations, a => Equals(a.Y, Header(3)) && a.Font?.Weight is null);
    }

    [Fact]
    public void A_spread_that_would_run_into_a_long_header_keeps_only_its_ratio()
    {
        // A long source name widens the label margin; the longest basis name then leaves no room for the ends.
        var wide = CumulativeTable.From(
        [
            Total(300_016, 300_016, "2022-02", "2025-10", Metric.AwolOrDesertion, CountUnit.Cases, source: "The regional branch of the State Bureau of Investigation"),
            Total(399_071, 399_071, "2022-02", "2025-11", Metric.AwolOrDesertion, CountUnit.Cases, source: "General Prosecutor's office (via a national news site)"),
        ]);
        var figure = CumulativeSpreadChart.Create(wide);

        var note = Assert.Single(figure.Layout.Annotations, a => a.XAnchor == "right");
        Assert.Equal("×1.3 spread", note.Text);
        var header = Assert.Single(figure.Layout.Annotations, a => a.Font?.Weight == 700);
        var plot = HouseStyle.ReportSize.Width - figure.Layout.Margin!.Left!.Value - figure.Layout.Margin.Right!.Value;
        Assert.True(ChartText.Width(header.Text, 14) + ChartText.Width(note.Text, 13) + 24 <= plot);
        // With room, the ends are written out, as for the short headers above.
        Assert.Contains(Dumbbell.Layout.Annotations, a => a.Text == "×5.0 spread (100,000 to 500,000)");
    }

    [Fact]
    public void The_subtitle_states_spreads_across_bases_for_persons_and_cases_apart_never_mixed()
    {
        var table = CumulativeTable.From(
        [
            Total(100_000, 100_000, null, "2025-10", source: "A"),
            Total(300_000, 300_000, null, "2025-10", Metric.Desertion, source: "B"),
            Total(50_000, 50_000, null, "2025-10", unit: CountUnit.Cases, source: "C"),
            Total(400_000, 400_000, null, "2025-10", Metric.Desertion, CountUnit.Cases, source: "D"),
        ]);
        var subtitle = CumulativeSpreadChart.Create(table).Layout.Title!.Subtitle!;
        Assert.Contains("persons 100,000 to 300,000 (×3.0); criminal cases 50,000 to 400,000 (×8.0)", subtitle);
        Assert.DoesNotContain("together", subtitle);
        Assert.DoesNotContain("×8.0)", subtitle.Replace("criminal cases 50,000 to 400,000 (×8.0)", ""));
    }

    [Fact]
    public void Long_labels_wrap_and_the_rows_grow_to_hold_them()
    {
        var source = "A source with a long name (citing a ministry of a country far away)";
        var figure = CumulativeSpreadChart.Create(CumulativeTable.From([Total(1_000, 1_000, null, "2025-10", source: source)]));
        var label = figure.Data[0].Y.OfType<string>().Single(l => l.Contains("A source", StringComparison.Ordinal));
        Assert.Equal(source + " · Oct 2025", label.Replace('\n', ' '));
        Assert.True(label.Split('\n').Length > 1);
        Assert.True(figure.Layout.Margin!.Left >= ChartText.Width(label, 14));
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
        Assert.Equal(["Zakharova citing Prosecutor · Nov 2025"], right.Y);
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
        var unnamed = points.CustomData!.First(row => row[0] == "Unnamed");
        Assert.Equal("a1", unnamed[2]);
        Assert.StartsWith("“100000-200000 awol", unnamed[1]);
        Assert.Contains("0.43× the reference 230,000 (UA awol cases, since 2022-02, 2025-11)", unnamed[3]);
        Assert.Equal("100,000–200,000", unnamed[4]);
    }

    [Fact]
    public void The_timeline_legend_groups_each_estimate_under_its_basis_in_words_and_leaves_projections_out()
    {
        var timeline = CumulativeSpreadChart.Timeline(Table);
        static string Unwrapped(string? text) => text!.Replace("\n", " ");
        Assert.Equal(["Ukrainian forces · AWOL · persons · since Feb 2022", "Ukrainian forces · AWOL · criminal cases · since Feb 2022"],
            timeline.Data.Select(t => Unwrapped(t.LegendGroupTitle)).Distinct());
        Assert.Equal(["1. TASS, Oct 2025", "2. Unnamed, Nov 2025", "3. Prosecutor General, Oct 2025", "4. Zakharova citing Prosecutor, Nov 2025"],
            timeline.Data.Where(t => t.ShowLegend == true).Select(t => Unwrapped(t.Name)));
        var open = Assert.Single(timeline.Data, t => t.Marker?.Symbol == "square-open");
        Assert.Equal([230_000d], open.Y);
        Assert.Equal([400_000d, 150_000d], timeline.Data.Where(t => t.ErrorY is not null).SelectMany(t => t.Y));
    }

    [Fact]
    public void The_timeline_axis_holds_only_the_months_with_an_estimate_each_ticked_once()
    {
        var table = CumulativeTable.From(
        [
            Total(60_000, 60_000, null, "2024-10", source: "A"),
            Total(100_000, 100_000, null, "2025-10", source: "B"),
            Total(120_000, 120_000, null, "2025-11", source: "C"),
        ]);
        var axis = CumulativeSpreadChart.Timeline(table).Layout.XAxis!;
        Assert.Equal(["Oct 2024", "Oct 2025", "Nov 2025"], axis.TickText);
        Assert.Equal([0d, 1d, 2d], axis.TickVals);
        Assert.Equal([-0.5, 2.5], axis.Range);
        var gap = Assert.Single(CumulativeSpreadChart.Timeline(table).Layout.Shapes);
        Assert.Equal(0.5, gap.X0);
        Assert.Contains(CumulativeSpreadChart.Timeline(table).Layout.Annotations, a => a.Text == "11 months\nleft out");
    }

    [Fact]
    public void Estimates_of_one_month_sit_side_by_side_each_numbered_and_the_number_names_its_source_in_the_legend()
    {
        var table = CumulativeTable.From(
        [
            Total(160_000, 160_000, null, "2025-11", source: "A"),
            Total(162_000, 162_000, null, "2025-11", Metric.Desertion, source: "B"),
            Total(165_000, 165_000, null, "2025-11", unit: CountUnit.Cases, source: "C"),
        ]);
        var points = CumulativeSpreadChart.Timeline(table).Data.Where(t => t.CustomData is not null).ToList();
        Assert.Equal(3, points.SelectMany(t => t.X).Distinct().Count());
        Assert.All(points, t =>
        {
            var number = Assert.Single(t.Text!);
            Assert.Equal("markers+text", t.Mode);
            Assert.StartsWith(number + ". " + t.CustomData![0][0] + ",", t.Name);
        });
        Assert.Equal(3, points.Select(t => t.Text![0]).Distinct().Count());
        // The legend lists every estimate: the figure is tall enough for it.
        var figure = CumulativeSpreadChart.Timeline(table);
        Assert.True(figure.Layout.Height >= 125 + CumulativeSpreadChart.LegendHeight(figure.Data));
    }

    [Fact]
    public void Without_estimates_both_charts_say_so()
    {
        var empty = CumulativeTable.From([]);
        Assert.Contains(CumulativeSpreadChart.Create(empty).Layout.Annotations, a => a.Text.StartsWith("No cumulative", StringComparison.Ordinal));
        Assert.Contains(CumulativeSpreadChart.Timeline(empty).Layout.Annotations, a => a.Text.StartsWith("No cumulative", StringComparison.Ordinal));
    }
}
