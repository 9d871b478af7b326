using AnalysisKit.Articles;
using AnalysisKit.Charts;
using AnalysisKit.Claims;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

public class ClaimsPerArticleChartTests
{
    private static Article Article(string id, string outlet, string title, string published) => new()
    {
        Id = id, Outlet = outlet, Title = title, Text = "", Sentences = [], Published = DateOnly.Parse(published),
    };

    private static readonly Article[] Articles =
    [
        Article("000_33354944bae00692", "Die Welt", "Desertion figures", "2025-11-10"),
        Article("001_a630a9649aa4309c", "unknown (cites Do Rzeczy)", "Sharp increase in desertions", "2025-10-15"),
    ];

    private static readonly Claim[] Claims =
    [
        Total(1, 1, "2025-10", "2025-10", article: "000_33354944bae00692"),
        Total(2, 2, "2025-10", "2025-10", article: "000_33354944bae00692"),
        Total(3, 3, "2025-10", "2025-10", article: "001_a630a9649aa4309c"),
    ];

    [Fact]
    public void Rows_are_named_by_outlet_and_date_or_by_title_when_the_outlet_is_unknown_never_by_file_name()
    {
        var bars = ClaimsPerArticleChart.Create(Articles, Claims).Data[0];
        Assert.Equal(["Die Welt\n2025-11-10", "Sharp increase in desertions\n2025-10-15"], bars.Y);
        Assert.Equal([2, 1], bars.X);
        Assert.Equal("000_33354944bae00692", bars.CustomData![0][2]);
    }

    [Fact]
    public void Without_gold_claims_there_is_no_hand_labelled_series_or_legend_entry()
    {
        var figure = ClaimsPerArticleChart.Create(Articles, Claims);
        Assert.Equal(["read by the kit"], figure.Data.Select(t => t.Name));
        var withGold = ClaimsPerArticleChart.Create(Articles, Claims, [Claims[0]]);
        Assert.Equal(["read by the kit", "hand-labelled"], withGold.Data.Select(t => t.Name));
    }

    [Fact]
    public void Small_counts_get_whole_number_ticks()
    {
        var axis = ClaimsPerArticleChart.Create(Articles, Claims).Layout.XAxis!;
        Assert.Equal((1d, 0d, ",d"), (axis.DTick, axis.Tick0, axis.TickFormat));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 1)]
    [InlineData(8, 1)]
    [InlineData(10, 2)]
    [InlineData(17, 2)]
    [InlineData(30, 5)]
    [InlineData(220, 50)]
    public void The_tick_step_is_a_whole_number_with_at_most_about_eight_ticks(int max, double step) =>
        Assert.Equal(step, ClaimsPerArticleChart.IntegerStep(max));

    [Fact]
    public void Two_articles_of_one_outlet_and_day_keep_two_rows()
    {
        var twins = new[] { Article("a", "Die Welt", "x", "2025-11-10"), Article("b", "Die Welt", "y", "2025-11-10") };
        Assert.Equal(2, ClaimsPerArticleChart.Create(twins, []).Data[0].Y.Distinct().Count());
    }

    [Fact]
    public void Article_titles_are_escaped_in_the_json()
    {
        var json = ClaimsPerArticleChart.Create([Article("a", "unknown", TestCharts.Attack, "2025-11-10")], []).ToJson();
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("</script>", json);
    }
}
