using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Claims;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// The four analysis charts and the claims-per-article chart, built from the seeds as the README's
/// images are (read by the kit), from the seeds' gold table and from a generated large corpus, checked for what a report reader
/// sees at the house size: nothing cut, no identifiers, every mark traceable.
/// </summary>
public class ReportChartTests
{
    private static readonly Lazy<Analysis> Read = new(() => Analysis.Load(TestPaths.Seeds, Path.Combine(TestPaths.Seeds, "manifest.csv")));

    private static readonly Lazy<Analysis> Gold = new(() => Analysis.FromGold(
        Path.Combine(TestPaths.Seeds, "claims.gold.csv"), Path.Combine(TestPaths.Seeds, "manifest.csv")));

    private static readonly Dictionary<string, Func<Figure>> Charts = new()
    {
        ["claims per article"] = () => ClaimsPerArticleChart.Create(Read.Value.Articles, Read.Value.Claims.Claims, GoldTable.Read(Path.Combine(TestPaths.Seeds, "claims.gold.csv"))),
        ["monthly, read"] = () => MonthlyFiguresChart.Create(Read.Value.Monthly),
        ["amnesty, read"] = () => AmnestyChart.Create(Read.Value.Amnesty),
        ["spread, read"] = () => CumulativeSpreadChart.Create(Read.Value.Cumulative),
        ["timeline, read"] = () => CumulativeSpreadChart.Timeline(Read.Value.Cumulative),
        ["monthly, gold"] = () => MonthlyFiguresChart.Create(Gold.Value.Monthly),
        ["amnesty, gold"] = () => AmnestyChart.Create(Gold.Value.Amnesty),
        ["spread, gold"] = () => CumulativeSpreadChart.Create(Gold.Value.Cumulative),
        ["timeline, gold"] = () => CumulativeSpreadChart.Timeline(Gold.Value.Cumulative),
        // A corpus too large to draw whole: the charts draw part of it and must still read well.
        ["claims per article, large"] = () => ClaimsPerArticleChart.Create(LargeCorpus.Analysis.Value.Articles, LargeCorpus.Analysis.Value.Claims.Claims),
        ["monthly, large"] = () => MonthlyFiguresChart.Create(LargeCorpus.Analysis.Value.Monthly),
        ["amnesty, large"] = () => AmnestyChart.Create(LargeCorpus.Analysis.Value.Amnesty),
        ["spread, large"] = () => CumulativeSpreadChart.Create(LargeCorpus.Analysis.Value.Cumulative),
        ["timeline, large"] = () => CumulativeSpreadChart.Timeline(LargeCorpus.Analysis.Value.Cumulative),
    };

    public static TheoryData<string> Names() => [.. Charts.Keys];

    private static readonly double HouseWidth = HouseStyle.ReportSize.Width;

    [Theory]
    [MemberData(nameof(Names))]
    public void No_visible_text_is_cut_short_with_an_ellipsis(string chart) =>
        Assert.All(VisibleText.Of(Charts[chart]()), text => Assert.DoesNotContain("…", text));

    [Theory]
    [MemberData(nameof(Names))]
    public void No_visible_text_shows_a_raw_identifier(string chart)
    {
        // Spec identifiers (awol_or_desertion, single_month), force codes, lower-case metric codes and the bare qualifier "exact".
        var identifier = new Regex(@"\w_\w|\bUA\b|\bRU\b|\bawol\b|\bexact\b");
        Assert.All(VisibleText.Of(Charts[chart]()), text => Assert.DoesNotMatch(identifier, text));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Row_labels_fit_the_left_margin_at_the_house_size(string chart)
    {
        var figure = Charts[chart]();
        var labels = VisibleText.CategoryLabels(figure).ToList();
        if (labels.Count == 0) return;
        var widest = labels.Max(l => ChartText.Width(l, 14));
        Assert.True(figure.Layout.Margin!.Left >= widest + 10, $"left margin {figure.Layout.Margin.Left} < widest label {widest:0} + 10");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_legend_beside_the_plot_fits_the_right_margin(string chart)
    {
        var figure = Charts[chart]();
        if (figure.Layout.Legend is not { X: >= 1 }) return;
        // A second legend (the monthly chart's style keys) sits above the plot, not beside it.
        var widest = figure.Data.Where(t => t.ShowLegend == true && t.Name is not null && t.Legend is null).Max(t => ChartText.Width(t.Name!, 14));
        Assert.True(figure.Layout.Margin!.Right >= widest + 40, $"right margin {figure.Layout.Margin.Right} < widest entry {widest:0} + 40");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Titles_start_at_the_figure_edge_and_fit_its_width(string chart)
    {
        var title = Charts[chart]().Layout.Title!;
        Assert.Equal("container", title.XRef);
        Assert.All(VisibleText.Lines(title.Text), line => Assert.True(ChartText.Width(line, 20) <= HouseWidth - 40, line));
        Assert.All(VisibleText.Lines(title.Subtitle ?? ""), line => Assert.True(ChartText.Width(line, 14) <= HouseWidth - 40, line));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_drawn_mark_names_its_claim_on_hover(string chart)
    {
        var drawn = Charts[chart]().Data.Where(t => t.HoverInfo != "skip").ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, trace =>
        {
            Assert.NotNull(trace.CustomData);
            Assert.Equal(trace.X.Count, trace.CustomData!.Count);
            Assert.Contains("%{customdata[0]}", trace.HoverTemplate);
            Assert.Contains("%{customdata[2]}", trace.HoverTemplate);
        });
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Series_colours_read_on_white(string chart)
    {
        var colours = Charts[chart]().Data
            .SelectMany(t => new[] { t.Marker?.Color, t.Line?.Color })
            .OfType<string>().Where(c => c.StartsWith('#')).Distinct();
        Assert.All(colours, c => Assert.True(HouseStyle.ContrastOnWhite(c) >= HouseStyle.MinimumContrast, $"{c}: {HouseStyle.ContrastOnWhite(c):0.00}"));
    }

    public static TheoryData<string> Hostile() => ["monthly", "amnesty", "spread", "timeline"];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Article_text_in_sources_quotes_and_labels_is_escaped_in_the_json(string chart)
    {
        var attack = TestCharts.Attack;
        Claim[] claims =
        [
            Tables.TestClaims.Total(21_000, 21_000, "2025-10", "2025-10", source: attack, quote: "21,000 " + attack),
            Tables.TestClaims.Total(230_000, 240_000, null, "2025-10", source: attack, quote: attack),
            Tables.TestClaims.Returns(29_000, 29_000, "2025-08-30", attack, "Only 29,000 came back, less than 10% of the deserters " + attack, "Only 29,000 came back"),
        ];
        var kit = Analysis.FromClaims(claims);
        var json = (chart switch
        {
            "monthly" => MonthlyFiguresChart.Create(kit.Monthly),
            "amnesty" => AmnestyChart.Create(kit.Amnesty),
            "spread" => CumulativeSpreadChart.Create(kit.Cumulative),
            _ => CumulativeSpreadChart.Timeline(kit.Cumulative),
        }).ToJson();
        Assert.Contains("&lt;img src=x", json);
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("</script>", json);
    }

    [Fact]
    public void The_readable_palette_leaves_out_the_yellow_and_nothing_else() =>
        Assert.Equal(HouseStyle.Palette.Where(c => c != "#F0E442"), HouseStyle.ReadablePalette);
}
