using AnalysisKit.Recognition;

namespace AnalysisKit.Charts;

/// <summary>Pieces every analysis chart shares: legend keys, the empty-corpus note, titles and footnotes.</summary>
internal static class ChartFrame
{
    public const string Grey = "#777777";

    /// <summary>The caveat every analysis chart carries under its plot.</summary>
    public const string Caveat =
        "Figures as each article attributes them (hover for source, quote, article).\nUnverified claims; some sources are state media.";

    /// <summary>A legend entry that draws nothing: explains a colour or a marker.</summary>
    public static Trace LegendKey(string name, Marker? marker, string? group = null, string mode = "markers", LineStyle? line = null) => new()
    {
        Type = "scatter", Name = name, X = [null], Y = [null], Mode = mode, Marker = marker, Line = line,
        LegendGroup = group ?? name, ShowLegend = true, HoverInfo = "skip",
    };

    /// <summary>A figure that says there is nothing to draw, so a notebook on another corpus still runs.</summary>
    public static Figure Empty(string title, string message) =>
        new Figure
        {
            // Plotly.validate fails on a figure with no legend entry at all; one trace alone draws no legend.
            Data = [new Trace { Type = "scatter", Name = " ", Mode = "markers", X = [null], Y = [null], Marker = new Marker { Opacity = 0 }, ShowLegend = true, HoverInfo = "skip" }],
            Layout = new Layout
            {
                XAxis = new Axis { Range = [0, 1], TickFormat = ".1f" },
                YAxis = new Axis { Range = [0, 1], TickFormat = ".1f" },
                Annotations = [new Annotation { Text = message, X = 0.5, Y = 0.5, XRef = "paper", YRef = "paper", ShowArrow = false, Font = new Font { Size = 16, Color = Grey } }],
            },
        }.WithTitle(title).WithHouseStyle();

    public static string ForceName(Force force) => force == Force.UA ? "Ukraine" : "Russia";

    /// <summary>Room under the plot for the axis title and a three-line footnote.</summary>
    public static Margin Margin => new() { Left = 80, Right = 30, Top = 100, Bottom = 140 };

    /// <summary>A time chart's layout: months on x, a count from zero on y, the legend at the side.</summary>
    public static Layout TimeLayout(string xTitle, string yTitle) => new()
    {
        XAxis = new Axis { Type = "date", TickFormat = "%b %Y", Title = new Title { Text = xTitle } },
        YAxis = new Axis { RangeMode = "tozero", Title = new Title { Text = yTitle } },
        Legend = SideLegend,
        // Room for the side legend's longest entries.
        Margin = Margin with { Right = 60 },
    };

    /// <summary>Error bars from each point's value <paramref name="y"/> to the ends of its stated range; null when no point has a range.</summary>
    public static ErrorBars? RangeBars(IReadOnlyList<(double? Low, double? High)> bounds, IReadOnlyList<double> y, string color) =>
        bounds.Any(b => b.Low is not null && b.High is not null && b.Low != b.High)
            ? new ErrorBars
            {
                Plus = bounds.Select((b, i) => b.High - y[i]).ToArray(),
                Minus = bounds.Select((b, i) => y[i] - b.Low).ToArray(),
                Color = color, Thickness = 2, Width = 6,
            }
            : null;

    /// <summary>A vertical legend right of the plot: source names are long.</summary>
    public static Legend SideLegend => new() { Orientation = "v", X = 1.02, Y = 1, XAnchor = "left", YAnchor = "top" };
}
