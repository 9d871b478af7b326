using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// Charts defined once: the JSON tests pin their exact output and the browser tests check the same
/// figures with plotly.js itself.
/// </summary>
internal static class TestCharts
{
    /// <summary>What an article quote could smuggle in: a script break-out and an image with an error handler.</summary>
    public const string Attack = "</script><script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"><!--";

    private static readonly DateOnly[] Months = [new(2024, 1, 1), new(2024, 2, 1), new(2024, 3, 1)];

    private static readonly Provenance[] Points =
    [
        new("Ministry of Defence", "about 1,200 servicemen left their units in January", "001_aa", "2024-01"),
        new("Ministry of Defence", "another 1,350 in February", "001_aa", "2024-02"),
        new("Prosecutor's office", "1,410 cases opened in March", "002_bb", "2024-03"),
    ];

    public static Figure LineWithProvenance =>
        Chart.Line(Months, new long[] { 1200, 1350, 1410 }, "AWOL cases", Points)
            .WithTitle("Monthly AWOL cases")
            .WithAxisTitles("Month", "Cases (count)");

    public static Figure OpenMarkersWithAsymmetricErrors =>
        Chart.Scatter(new[] { 1, 2, 3 }, new[] { 10.5, 12.0, 9.25 }, "estimates")
            .WithStyle(marker: new Marker { Symbol = "circle-open", Size = 10 })
            .WithYError([1.5, 2, null], [0.5, 1, null]);

    public static Figure DashedSteps =>
        Chart.Line(Months, new[] { 3, 5, 4 }, "cumulative")
            .MapTraces(t => t with { Mode = "lines" })
            .WithStyle(line: new LineStyle { Dash = "dash", Shape = "hv", Width = 2 });

    public static Figure GroupedBarsWithErrors =>
        Chart.Combine(
            Chart.Bar(new[] { "2023", "2024" }, new[] { 7000, 9000 }, "low").WithYError([500, 700]),
            Chart.Bar(new[] { "2023", "2024" }, new[] { 8000, 11000 }, "high"));

    public static Figure HorizontalBarsWithProvenance =>
        Chart.Bar(new[] { "Ministry", "Prosecutors", "Monitors" }, new[] { 1200, 1350.5, 1410 }, points: Points, horizontal: true)
            .WithXError([100, 50, 20]);

    public static Figure BandAroundLine =>
        Chart.Combine(
            Chart.Band(Months, new[] { 1000, 1100, 1150 }, new[] { 1400, 1500, 1600 }, "range of estimates"),
            Chart.Line(Months, new[] { 1200, 1350, 1410 }, "central"));

    /// <summary>A closed outline filled with <c>toself</c>, e.g. an uncertainty region.</summary>
    public static Figure FilledOutline => new()
    {
        Data =
        [
            new Trace
            {
                Name = "region", X = [1, 2, 3, 2, 1], Y = [1, 2, 1, 0, 1], Mode = "lines", Fill = "toself",
                FillColor = "rgba(213,94,0,0.3)", Line = new LineStyle { Color = "#D55E00" },
            },
        ],
    };

    public static Figure StyledWithNotes =>
        Chart.Combine(
                BandAroundLine,
                Chart.Scatter(Months, new[] { 1150.5, 1300, 1500 }, "single estimates")
                    .WithStyle(marker: new Marker { Symbol = "diamond-open", Size = 10 })
                    .WithYError([100, 50, null], [30, 20, null]))
            .WithTitle("Estimates", "Cumulative, all sources")
            .WithAxisTitles("Month", "Soldiers (count)")
            .WithShape(new Shape { X0 = "2024-02-01", X1 = "2024-02-01", Y0 = 0, Y1 = 1, YRef = "paper", Line = new LineStyle { Dash = "dot", Color = "#555555" } })
            .WithShape(new Shape { Type = "rect", X0 = "2024-01-01", X1 = "2024-01-15", Y0 = 0, Y1 = 1, YRef = "paper", FillColor = "#eeeeee", Layer = "below", Line = new LineStyle { Width = 0 } })
            .WithNote("Amnesty law", "2024-02-01", 1350)
            .WithHouseStyle()
            .WithSourceNote("Source: five news articles");

    /// <summary>The attack in every text a figure carries: title, axis, legend, categories, hover, annotation.</summary>
    public static Figure Attacked =>
        Chart.Bar(new[] { "Ministry " + Attack, "Monitors" }, new[] { 1, 2 }, "name " + Attack,
                [new Provenance(Attack, Attack, Attack, Attack), new Provenance("s", "q", "a", "p")])
            .MapTraces(t => t with { Text = [Attack, "plain"] })
            .WithTitle("Title " + Attack, Attack)
            .WithAxisTitles(Attack, "Count")
            .WithNote(Attack, "Monitors", 2)
            .WithSourceNote("Source: " + Attack);

    /// <summary>Every chart above, for tests that hold for all (plotly accepts them).</summary>
    public static TheoryData<string> Names => new(All.Keys);

    public static readonly IReadOnlyDictionary<string, Func<Figure>> All = new Dictionary<string, Func<Figure>>
    {
        [nameof(LineWithProvenance)] = () => LineWithProvenance,
        [nameof(OpenMarkersWithAsymmetricErrors)] = () => OpenMarkersWithAsymmetricErrors,
        [nameof(DashedSteps)] = () => DashedSteps,
        [nameof(GroupedBarsWithErrors)] = () => GroupedBarsWithErrors,
        [nameof(HorizontalBarsWithProvenance)] = () => HorizontalBarsWithProvenance,
        [nameof(BandAroundLine)] = () => BandAroundLine,
        [nameof(FilledOutline)] = () => FilledOutline,
        [nameof(StyledWithNotes)] = () => StyledWithNotes,
        [nameof(Attacked)] = () => Attacked,
    };
}
