using AnalysisKit.Charts;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

public class AmnestyChartTests
{
    [Fact]
    public void Stated_returns_and_implied_totals_are_separate_bar_series_labelled_with_date_and_qualifier()
    {
        var table = AmnestyTable.From(
        [
            Returns(21_000, null, "2025-08-30", "Do Rzeczy"),
            Returns(29_000, 29_000, "2025-08-30", "TASS",
                "Only 29,000 came back, less than 10% of the estimated total deserters.", "Only 29,000 came back"),
        ]);
        var figure = AmnestyChart.Create(table);
        var stated = Assert.Single(figure.Data, t => t.Name == "Returned (as stated)");
        var implied = Assert.Single(figure.Data, t => t.Name == "Total implied by a stated share");
        Assert.Equal(("bar", "h"), (stated.Type, stated.Orientation));
        Assert.Equal([21_000d, 29_000d], stated.X);
        Assert.Equal(["Do Rzeczy\nas of 2025-08-30 · over", "TASS\nas of 2025-08-30 · exact"], stated.Y);
        Assert.Equal([290_000d], implied.X);
        Assert.Equal(["TASS\nas of 2025-08-30 · implied total\n(29,000 is less than 10% of it)"], implied.Y);
        Assert.Contains(figure.Layout.Annotations, a => a.Text == "over 21,000 ▸");
        Assert.Contains(figure.Layout.Annotations, a => a.Text == "over 290,000 ▸");
        Assert.Equal(("reversed", 1d), (figure.Layout.YAxis!.AutoRange, figure.Layout.YAxis.DTick!.Value));
        Assert.All(figure.Data, t => Assert.All(t.CustomData!, row => Assert.Equal("a1", row[2])));
    }

    [Fact]
    public void Two_rows_with_the_same_label_stay_two_bars()
    {
        var stated = Assert.Single(AmnestyChart.Create(AmnestyTable.From(
        [
            Returns(1_000, 1_000, "2025-03", "Ministry"),
            Returns(1_000, 1_000, "2025-03", "Ministry", quote: "another quote"),
        ])).Data);
        Assert.Equal(2, stated.Y.Distinct().Count());
    }

    [Fact]
    public void Without_amnesty_figures_the_chart_says_so() =>
        Assert.Contains(AmnestyChart.Create(AmnestyTable.From([])).Layout.Annotations, a => a.Text.StartsWith("No amnesty", StringComparison.Ordinal));
}
