using AnalysisKit.Charts;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

public class AmnestyChartTests
{
    [Fact]
    public void Stated_returns_and_implied_totals_are_separate_bar_series_labelled_with_source_and_date()
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
        Assert.Equal(["Do Rzeczy\nas of 2025-08-30", "TASS\nas of 2025-08-30"], stated.Y);
        Assert.Equal([290_000d], implied.X);
        Assert.Equal(["TASS\nas of 2025-08-30\n(29,000 is less than 10% of it)"], implied.Y);
        Assert.Contains(figure.Layout.Annotations, a => a.Text == "over 21,000 ▸");
        Assert.Contains(figure.Layout.Annotations, a => a.Text == "over 290,000 ▸");
        Assert.Equal(("reversed", 1d), (figure.Layout.YAxis!.AutoRange, figure.Layout.YAxis.DTick!.Value));
        Assert.All(figure.Data, t => Assert.All(t.CustomData!, row => Assert.Equal("a1", row[2])));
    }

    [Fact]
    public void Implied_totals_get_a_panel_and_a_scale_of_their_own()
    {
        var figure = AmnestyChart.Create(AmnestyTable.From(
        [
            Returns(21_000, null, "2025-08-30", "Do Rzeczy"),
            Returns(29_000, 29_000, "2025-08-30", "TASS", "Only 29,000 came back, less than 10% of the estimated total deserters.", "Only 29,000 came back"),
        ]));
        var stated = figure.Data.Single(t => t.Name == "Returned (as stated)");
        var implied = figure.Data.Single(t => t.Name == "Total implied by a stated share");
        Assert.Equal((null, null), (stated.XAxis, stated.YAxis));
        Assert.Equal(("x2", "y2"), (implied.XAxis, implied.YAxis));
        var (upper, lower) = (figure.Layout.YAxis!.Domain!, figure.Layout.YAxis2!.Domain!);
        Assert.True(lower[1] < upper[0], "the panels do not overlap");
        // The returns' axis ends near the largest return, not at the implied total ten times larger.
        Assert.InRange(Convert.ToDouble(figure.Layout.XAxis!.Range![1]), 29_000, 40_000);
        Assert.InRange(Convert.ToDouble(figure.Layout.XAxis2!.Range![1]), 290_000, 400_000);
        Assert.Equal(("x2", "y2"), figure.Layout.Annotations.Where(a => a.Text == "over 290,000 ▸").Select(a => (a.XRef, a.YRef)).Single());
    }

    [Theory]
    [InlineData(AnalysisKit.Recognition.Force.UA, "Returns to the Ukrainian army under the voluntary-return amnesty, by source")]
    [InlineData(AnalysisKit.Recognition.Force.RU, "Returns to the Russian army under the voluntary-return amnesty, by source")]
    public void The_title_names_the_army_of_the_data_and_the_programme(AnalysisKit.Recognition.Force force, string title)
    {
        var table = AmnestyTable.From([Returns(1_000, 1_000, "2025-03", "Ministry") with { Force = force }]);
        Assert.Equal(title, AmnestyChart.Create(table).Layout.Title!.Text);
    }

    [Fact]
    public void Labels_carry_no_qualifier_word_and_bar_labels_only_those_that_say_something()
    {
        var figure = AmnestyChart.Create(AmnestyTable.From(
        [
            Returns(1_000, 1_000, "2025-03", "Ministry"),
            Returns(2_000, 2_000, "2025-04", "Ministry") with { Qualifier = AnalysisKit.Recognition.Qualifier.Approx },
        ]));
        Assert.DoesNotContain(figure.Data[0].Y.OfType<string>(), l => l.Contains("exact", StringComparison.Ordinal));
        Assert.Equal(["1,000", "about 2,000"], figure.Layout.Annotations.Where(a => a.XRef == "x").Select(a => a.Text).Take(2));
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
