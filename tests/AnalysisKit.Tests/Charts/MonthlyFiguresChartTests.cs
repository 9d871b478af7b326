using AnalysisKit.Charts;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

public class MonthlyFiguresChartTests
{
    private static Figure Chart(params AnalysisKit.Claims.Claim[] claims) => MonthlyFiguresChart.Create(MonthlyFiguresTable.From(claims));

    private static IEnumerable<Trace> DataTraces(Figure figure) => figure.Data.Where(t => t.CustomData is not null);

    [Fact]
    public void A_single_month_range_is_a_point_at_its_midpoint_with_error_bars_to_its_ends()
    {
        var trace = Assert.Single(DataTraces(Chart(Total(14_000, 18_000, "2025-05", "2025-05", source: "PGO"))));
        Assert.Equal([new DateTime(2025, 5, 15)], trace.X);
        Assert.Equal([16_000d], trace.Y);
        Assert.Equal([2_000d], trace.ErrorY!.Plus);
        Assert.Equal([2_000d], trace.ErrorY.Minus);
        Assert.Equal("circle", trace.Marker!.Symbol);
    }

    [Theory]
    [InlineData(CountUnit.Persons, 21_000L, null, "circle-open")]
    [InlineData(CountUnit.Cases, 21_000L, null, "square-open")]
    [InlineData(CountUnit.Cases, 21_000L, 21_000L, "square")]
    public void Open_bounds_get_open_markers_and_cases_squares(CountUnit unit, long low, long? high, string symbol)
    {
        var trace = Assert.Single(DataTraces(Chart(Total(low, high, "2025-10", "2025-10", unit: unit))));
        Assert.Equal(symbol, trace.Marker!.Symbol);
        Assert.Null(trace.ErrorY);
    }

    [Fact]
    public void An_implied_average_is_a_step_over_its_months_dotted_when_open()
    {
        var traces = DataTraces(Chart(
            Total(180_000, 180_000, "2025-01", "2025-11", source: "Die Welt"),
            Total(230_000, null, "2022-02", "2025-11", source: "Zakharova"))).ToList();
        var welt = Assert.Single(traces, t => t.Name == "Die Welt");
        Assert.Equal(("lines", "solid"), (welt.Mode, welt.Line!.Dash));
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 1)], welt.X);
        Assert.Equal([180_000d / 11, 180_000d / 11], welt.Y);
        Assert.Contains("180,000 ÷ 11 months", welt.CustomData![0][4]);
        Assert.Equal("dot", Assert.Single(traces, t => t.Name == "Zakharova").Line!.Dash);
    }

    [Fact]
    public void A_rate_with_no_period_is_a_band_over_the_months_before_its_publication()
    {
        var rate = PerMonth(15_000, 18_000, source: "Zakharova") with { Published = new DateOnly(2025, 11, 10) };
        var figure = Chart(rate);
        var band = Assert.Single(figure.Layout.Shapes);
        Assert.Equal(("rect", new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 1), 15_000d, 18_000d), (band.Type, band.X0, band.X1, band.Y0, band.Y1));
        var hover = Assert.Single(DataTraces(figure));
        Assert.Equal([16_500d, 16_500d], hover.Y);
        Assert.Contains("drawn over the 3 months to 2025-11", hover.CustomData![0][3]);
    }

    [Fact]
    public void A_stated_period_decides_where_a_rate_is_drawn()
    {
        var band = Assert.Single(Chart(PerMonth(1_000, 2_000, start: "2024-03", end: "2024-06")).Layout.Shapes);
        Assert.Equal((new DateOnly(2024, 3, 1), new DateOnly(2024, 7, 1)), (band.X0, band.X1));
    }

    [Fact]
    public void Every_point_names_its_source_quote_and_article_on_hover()
    {
        var figure = Chart(
            Total(21_600, 21_600, "2025-10", "2025-10", source: "Die Welt", article: "000", quote: "in October alone, 21,600"),
            Total(180_000, 180_000, "2025-01", "2025-11", source: "Die Welt", article: "000", quote: "reached 180,000"));
        Assert.All(DataTraces(figure), trace =>
        {
            Assert.Contains("%{customdata[0]}", trace.HoverTemplate);
            Assert.Contains("%{customdata[1]}", trace.HoverTemplate);
            Assert.Contains("%{customdata[2]}", trace.HoverTemplate);
            Assert.All(trace.CustomData!, row => Assert.Equal(("Die Welt", "000"), (row[0], row[2])));
        });
        Assert.Contains(DataTraces(figure), t => t.CustomData![0][1] == "“in October alone, 21,600”");
    }

    [Fact]
    public void A_source_keeps_one_colour_across_points_steps_and_bands()
    {
        var figure = Chart(
            Total(1, 1, "2025-10", "2025-10", source: "A"),
            Total(9, 9, "2025-01", "2025-11", source: "A"),
            PerMonth(3, 4, source: "A", start: "2025-01", end: "2025-03"),
            Total(2, 2, "2025-09", "2025-09", source: "B"));
        var colors = DataTraces(figure).Where(t => t.LegendGroup == "source-0").Select(t => t.Marker?.Color ?? t.Line!.Color).Distinct().ToList();
        var a = Assert.Single(colors);
        Assert.Equal(a, figure.Layout.Shapes[0].Line!.Color);
        Assert.NotEqual(a, DataTraces(figure).Single(t => t.LegendGroup == "source-1").Marker!.Color);
        Assert.Contains(figure.Data, t => t.Name == "A" && t.CustomData is null && t.ShowLegend == true);
    }

    [Fact]
    public void Nine_sources_get_nine_colours()
    {
        var claims = Enumerable.Range(1, 9).Select(i => Total(i, i, "2025-10", "2025-10", source: $"S{i}")).ToArray();
        var colors = DataTraces(Chart(claims)).Select(t => t.Marker!.Color).ToList();
        Assert.Equal(9, colors.Distinct().Count());
    }

    [Fact]
    public void Other_forces_and_metrics_are_left_out_and_an_empty_chart_says_so()
    {
        var figure = Chart(
            Total(25_000, null, "2024-11", "2025-07", force: Force.RU),
            Total(133_000, null, "2022-02", "2025-10", Metric.Deaths));
        Assert.Empty(DataTraces(figure));
        Assert.Contains(figure.Layout.Annotations, a => a.Text.StartsWith("No monthly Ukraine figures", StringComparison.Ordinal));
        Assert.Equal("Monthly AWOL and desertion figures: Ukrainian forces", figure.Layout.Title!.Text);
        Assert.Single(DataTraces(MonthlyFiguresChart.Create(
            MonthlyFiguresTable.From([Total(25_000, null, "2024-11", "2025-07", force: Force.RU)]),
            MonthlyChartOptions.Default with { Force = Force.RU })));
    }

    [Fact]
    public void Article_text_in_hovers_is_escaped_in_the_json()
    {
        var json = Chart(Total(5, 5, "2025-10", "2025-10", source: "<b>x</b>", quote: "5 </script><img src=x onerror=alert(1)>")).ToJson();
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("</script>", json);
        Assert.DoesNotContain("<b>x</b>", json);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", json);
    }

    [Fact]
    public void A_projection_is_drawn_apart_from_stated_figures_and_named_in_the_legend()
    {
        var projection = Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases, source: "MP", quote: "may reach as many as 300,000") with { Published = new DateOnly(2025, 10, 15) };
        var stated = Total(180_000, 180_000, "2025-01", "2025-11", Metric.Desertion, CountUnit.Cases, source: "Die Welt");
        var open = Total(230_000, null, "2022-02", "2025-11", Metric.Desertion, CountUnit.Cases, source: "Zakharova");
        var figure = Chart(projection, stated, open);
        var dashes = DataTraces(figure).ToDictionary(t => t.Name!, t => t.Line!.Dash);
        Assert.Equal("longdashdot", dashes["MP"]);
        Assert.Equal(("solid", "dot"), (dashes["Die Welt"], dashes["Zakharova"]));
        Assert.StartsWith("projection: ", DataTraces(figure).Single(t => t.Name == "MP").CustomData![0][4]);
        Assert.Contains(figure.Data, t => t.ShowLegend == true && t.Line?.Dash == "longdashdot" && t.Name!.Contains("projection", StringComparison.Ordinal));
    }

    [Fact]
    public void A_projected_single_month_is_a_diamond_not_a_stated_point()
    {
        var trace = Assert.Single(DataTraces(Chart(Total(30_000, 30_000, "2025-12", "2025-12", quote: "could hit 30,000 in December"))));
        Assert.Equal("diamond-open", trace.Marker!.Symbol);
    }

    [Fact]
    public void Every_line_style_and_marker_drawn_is_explained_in_the_legend()
    {
        var figure = Chart(
            Total(21_000, null, "2025-10", "2025-10", source: "A"),
            Total(18_000, 18_000, "2025-05", "2025-05", unit: CountUnit.Cases, source: "B"),
            Total(180_000, 180_000, "2025-01", "2025-11", source: "C"),
            Total(230_000, null, "2022-02", "2025-11", source: "D"),
            PerMonth(15_000, 18_000, source: "E", start: "2025-08", end: "2025-10"));
        var keys = figure.Data.Where(t => t.ShowLegend == true && t.CustomData is null).ToList();
        var drawnDashes = DataTraces(figure).Where(t => t.Mode == "lines").Select(t => t.Line!.Dash).Distinct();
        Assert.All(drawnDashes, dash => Assert.Contains(keys, k => k.Line?.Dash == dash));
        var drawnSymbols = DataTraces(figure).Where(t => t.Mode == "markers").Select(t => t.Marker!.Symbol).Distinct();
        Assert.All(drawnSymbols, symbol => Assert.Contains(keys, k => k.Marker?.Symbol == symbol || k.Marker?.Symbol == symbol!.Replace("square", "circle")));
        Assert.Contains(keys, k => k.Name == "dashes: a rate's midpoint");
        Assert.Contains(keys, k => k.Name == "dotted: open total ÷ months");
    }

    [Fact]
    public void Persons_and_cases_get_panels_of_their_own_and_legend_entries()
    {
        var figure = Chart(
            Total(21_000, 21_000, "2025-10", "2025-10", source: "A"),
            Total(18_000, 18_000, "2025-05", "2025-05", unit: CountUnit.Cases, source: "B"));
        Assert.Equal([null, "y2"], DataTraces(figure).OrderBy(t => t.Name).Select(t => t.YAxis));
        Assert.Equal("Criminal cases per month", figure.Layout.YAxis2!.Title!.Text);
        Assert.Equal("Soldiers (persons) per month", figure.Layout.YAxis!.Title!.Text);
        Assert.True(figure.Layout.YAxis2.Domain![1] < figure.Layout.YAxis.Domain![0]);
        Assert.Equal("y2", figure.Layout.XAxis!.Anchor);
        var keys = figure.Data.Where(t => t.ShowLegend == true).Select(t => t.Name).ToList();
        Assert.Contains("single month, persons", keys);
        Assert.Contains("single month, criminal cases", keys);
        Assert.Null(Chart(Total(21_000, 21_000, "2025-10", "2025-10")).Layout.YAxis2);
    }

    [Fact]
    public void Points_of_one_month_are_spread_across_it_not_drawn_on_top_of_each_other()
    {
        var figure = Chart(
            Total(21_600, 21_600, "2025-10", "2025-10", source: "A"),
            Total(21_000, null, "2025-10", "2025-10", source: "B"),
            Total(17_000, 17_000, "2025-10", "2025-10", source: "C"));
        var x = DataTraces(figure).SelectMany(t => t.X).Cast<DateTime>().ToList();
        Assert.Equal(3, x.Distinct().Count());
        Assert.All(x, d => Assert.Equal((2025, 10), (d.Year, d.Month)));
    }

    [Fact]
    public void Source_names_in_the_legend_are_wrapped_whole_and_the_margin_holds_them()
    {
        var source = "Maria Zakharova (citing Ukraine's Prosecutor General's Office)";
        var figure = Chart(Total(1, 1, "2025-10", "2025-10", source: source));
        var entry = figure.Data.Single(t => t.ShowLegend == true && t.LegendGroup == "source-0").Name!;
        Assert.Equal(SourceName.Normalise(source), entry.Replace('\n', ' '));
        Assert.All(entry.Split('\n'), line => Assert.True(line.Length <= MonthlyFiguresChart.LegendWidth, line));
        Assert.True(figure.Layout.Margin!.Right >= ChartText.Width(entry, 14) + 40);
    }

    [Fact]
    public void The_style_legend_above_the_plot_gets_the_rows_it_needs()
    {
        Assert.Equal(0, MonthlyFiguresChart.KeyRows([], 800));
        Assert.Equal(1, MonthlyFiguresChart.KeyRows(["a", "b"], 800));
        Assert.Equal(2, MonthlyFiguresChart.KeyRows([new string('x', 60), new string('x', 60)], 800));
        var figure = Chart(Total(21_000, null, "2025-10", "2025-10"), PerMonth(1, 2, start: "2025-01", end: "2025-03"));
        Assert.Equal("legend2", figure.Data.First(t => t.Name == "dashes: a rate's midpoint").Legend);
        Assert.True(figure.Layout.Margin!.Top >= 112 + 24);
    }
}
