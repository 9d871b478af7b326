using AnalysisKit.Charts;
using AnalysisKit.Claims;
using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// The review's rings on the charts as the charts draw them: a ring sits exactly on its point
/// (the point's day within its month, its slot on the timeline, its panel), and a review that
/// changed no figure leaves the chart as it was.
/// </summary>
public class ReviewRingTests
{
    private static readonly ClaimReview Corrected = new() { Status = ReviewStatus.Corrected, Note = "checked" };
    private static readonly ClaimReview Added = new() { Status = ReviewStatus.Added };
    private static readonly ClaimReview Confirmed = new() { Status = ReviewStatus.Confirmed };

    private const string RingName = "changed by review";

    // Two persons figures of one month (spread apart within it) and one of cases (the lower panel).
    private static Claim[] Monthly(ClaimReview first, ClaimReview cases) =>
    [
        Total(14_000, 14_000, "2025-05", "2025-05", source: "A"),
        Total(16_000, 18_000, "2025-05", "2025-05", source: "B") with { Review = first },
        Total(20_000, 20_000, "2025-06", "2025-06", source: "A"),
        Total(9_000, 9_000, "2025-05", "2025-05", unit: CountUnit.Cases, source: "C") with { Review = cases },
    ];

    private static Figure MonthlyChart(Claim[] claims) => MonthlyFiguresChart.Create(MonthlyFiguresTable.From(claims));

    /// <summary>The (x, y, hover) of every drawn point of a trace, on its y axis.</summary>
    private static IEnumerable<(string Axis, object? X, object? Y, string Hover)> Points(Trace t) =>
        t.X.Select((x, i) => (t.YAxis ?? "y", x, t.Y[i], string.Join("|", t.CustomData![i])));

    [Fact]
    public void In_the_monthly_chart_each_ring_sits_on_its_point_as_drawn_in_the_points_own_panel()
    {
        var figure = MonthlyChart(Monthly(Corrected, Added));
        var rings = figure.Data.Where(t => t.Name == RingName).ToList();
        var points = figure.Data.Where(t => t.Name != RingName && t.Mode == "markers" && t.CustomData is not null).SelectMany(Points).ToList();

        Assert.Equal(["y", "y2"], rings.Select(r => r.YAxis ?? "y").Order());
        var ringed = rings.SelectMany(Points).ToList();
        Assert.Equal(2, ringed.Count);
        Assert.All(ringed, ring => Assert.Contains(ring, points));
        // The corrected persons point shares its month with another: the spread moved it off mid-month, and the ring with it.
        var persons = Assert.Single(ringed, r => r.Axis == "y");
        Assert.Equal(17_000d, persons.Y);
        Assert.NotEqual(new DateTime(2025, 5, 15), persons.X);
        Assert.Contains("corrected by review", persons.Hover);
        Assert.Equal(9_000d, Assert.Single(ringed, r => r.Axis == "y2").Y);
    }

    [Fact]
    public void On_the_timeline_a_ring_sits_on_its_numbered_point_in_the_evenly_spaced_months()
    {
        var table = CumulativeTable.From(
        [
            Total(90_000, 90_000, null, "2024-10", source: "A"),
            Total(100_000, 100_000, null, "2025-10", source: "B") with { Review = Corrected },
            Total(110_000, 110_000, null, "2025-10", source: "C"),
            Total(120_000, 120_000, null, "2025-11", source: "D") with { Review = Added },
        ]);
        var figure = CumulativeSpreadChart.Timeline(table);
        var ring = Assert.Single(figure.Data, t => t.Name == RingName);
        var points = figure.Data.Where(t => t.Name != RingName).SelectMany(Points).ToList();

        var ringed = Points(ring).ToList();
        Assert.Equal(2, ringed.Count);
        Assert.All(ringed, r => Assert.Contains(r, points));
        // Slots, not dates: October 2025 is the axis' second month, its two estimates either side of 1, the lower right of it.
        Assert.All(ringed, r => Assert.IsType<double>(r.X));
        Assert.Equal([1d + 0.15 / 2, 2d], ringed.Select(r => (double)r.X!).Order());
        Assert.EndsWith("\nReview: 1 of 4 figures corrected, 1 added (points ringed).", figure.Layout.Title!.Subtitle);
        // The rings are not legend entries: the legend and the figure's height are the estimates' alone.
        Assert.Equal(4, figure.Data.Count(t => t.ShowLegend == true));
        Assert.True(figure.Layout.Height >= 125 + CumulativeSpreadChart.LegendHeight(figure.Data));
    }

    public static TheoryData<string> ChartNames() => ["monthly", "amnesty", "spread", "timeline"];

    private static Figure Of(string chart, ClaimReview review)
    {
        Claim[] claims =
        [
            .. Monthly(review, review),
            Total(100_000, 100_000, null, "2025-10", source: "B") with { Review = review },
            Total(120_000, 130_000, null, "2025-11", unit: CountUnit.Cases, source: "D"),
            Returns(29_000, 29_000, "2025-08-30", "E", "Only 29,000 came back, less than 10% of the deserters", "Only 29,000 came back") with { Review = review },
            Returns(12_000, 12_000, "2025-09-30", "F"),
        ];
        return chart switch
        {
            "monthly" => MonthlyChart(claims),
            "amnesty" => AmnestyChart.Create(AmnestyTable.From(claims)),
            "spread" => CumulativeSpreadChart.Create(CumulativeTable.From(claims)),
            _ => CumulativeSpreadChart.Timeline(CumulativeTable.From(claims)),
        };
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void A_review_that_changed_no_figure_adds_no_ring_no_caption_and_no_margin(string chart)
    {
        var raw = Of(chart, ClaimReview.Extracted);
        var confirmed = Of(chart, Confirmed);
        Assert.DoesNotContain(confirmed.Data, t => t.Name == RingName);
        Assert.Equal(raw.Data.Count, confirmed.Data.Count);
        Assert.Equal(raw.Layout.Title, confirmed.Layout.Title);
        Assert.Equal(raw.Layout.Margin, confirmed.Layout.Margin);
        Assert.Equal(raw.Layout.Height, confirmed.Layout.Height);
        // Only the hovers say "confirmed by review".
        Assert.Equal(raw.ToJson(), confirmed.ToJson().Replace(" · confirmed by review", ""));
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void A_changed_figure_puts_the_review_on_a_subtitle_line_of_its_own_with_room_above_the_plot(string chart)
    {
        var raw = Of(chart, ClaimReview.Extracted);
        var corrected = Of(chart, Corrected);
        var caption = corrected.Layout.Title!.Subtitle![raw.Layout.Title!.Subtitle!.Length..];
        Assert.StartsWith(raw.Layout.Title.Subtitle, corrected.Layout.Title.Subtitle);
        Assert.Matches(@"^\nReview: \d+ of \d+ figures corrected( \(points ringed\))?\.$", caption);
        Assert.Equal(raw.Layout.Margin!.Top + 22, corrected.Layout.Margin!.Top);
    }
}
