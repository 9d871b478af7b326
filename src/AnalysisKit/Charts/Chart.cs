using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// Builds figures: one call per chart, plus <see cref="Combine"/> to overlay them and
/// <see cref="ExportAsync"/> to write them. Points can carry their <see cref="Provenance"/>,
/// shown on hover.
/// </summary>
public static class Chart
{
    /// <summary>Points (markers).</summary>
    public static Figure Scatter<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name = null, IEnumerable<Provenance>? points = null) =>
        Single(XY(x, y, name, points, valueAxis: "y") with { Type = "scatter", Mode = "markers" });

    /// <summary>A line through the points, with markers.</summary>
    public static Figure Line<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name = null, IEnumerable<Provenance>? points = null) =>
        Single(XY(x, y, name, points, valueAxis: "y") with { Type = "scatter", Mode = "lines+markers" });

    /// <summary>
    /// Bars; with <paramref name="horizontal"/> the categories run down the y axis. Several bar
    /// figures combined are grouped.
    /// </summary>
    public static Figure Bar<TC, TV>(IEnumerable<TC> categories, IEnumerable<TV> values, string? name = null, IEnumerable<Provenance>? points = null, bool horizontal = false)
    {
        var trace = horizontal
            ? XY(values, categories, name, points, valueAxis: "x") with { Orientation = "h" }
            : XY(categories, values, name, points, valueAxis: "y");
        return Single(trace with { Type = "bar" }) with { Layout = new Layout { BarMode = "group" } };
    }

    /// <summary>
    /// A filled band between <paramref name="low"/> and <paramref name="high"/>, e.g. the spread of
    /// estimates: two traces, the upper filled down to the lower (<c>tonexty</c>).
    /// </summary>
    public static Figure Band<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> low, IEnumerable<TY> high, string? name = null, string color = "rgba(0,114,178,0.2)")
    {
        var xs = Box(x);
        var edge = new LineStyle { Width = 0 };
        var lower = new Trace
        {
            Name = name, X = xs, Y = Box(low), Mode = "lines", Line = edge, ShowLegend = false,
            HoverInfo = "skip", LegendGroup = name,
        };
        var upper = lower with { Y = Box(high), Fill = "tonexty", FillColor = color, ShowLegend = name is not null };
        return new Figure { Data = [lower, upper] };
    }

    /// <summary>Overlays figures: all traces, in order, on the first figure's layout (shapes and notes of all).</summary>
    public static Figure Combine(params Figure[] figures)
    {
        if (figures.Length == 0)
        {
            return new Figure();
        }

        var layout = figures[0].Layout with
        {
            Shapes = figures.SelectMany(f => f.Layout.Shapes).ToArray(),
            Annotations = figures.SelectMany(f => f.Layout.Annotations).ToArray(),
            BarMode = figures.Select(f => f.Layout.BarMode).FirstOrDefault(m => m is not null),
        };
        return figures[0] with { Data = figures.SelectMany(f => f.Data).ToArray(), Layout = layout };
    }

    /// <summary>
    /// Writes each figure as <c>Name.html</c>, and <c>Name.svg</c> + <c>Name.png</c> when Chromium is
    /// found (one browser start for all); the result lists the files and, without a browser, a
    /// one-line hint on how to get images.
    /// </summary>
    public static Task<ExportResult> ExportAsync(string directory, params (string Name, Figure Figure)[] figures) =>
        FigureFiles.WriteAsync(directory, figures.Select(f => (f.Name, f.Figure.ToJson())).ToArray());

    private static Figure Single(Trace trace) => new() { Data = [trace] };

    private static Trace XY<TX, TY>(IEnumerable<TX> x, IEnumerable<TY> y, string? name, IEnumerable<Provenance>? points, string valueAxis)
    {
        var xs = Box(x);
        var ys = Box(y);
        if (xs.Count != ys.Count)
        {
            throw new AnalysisKitException($"chart '{name}': {xs.Count} x values but {ys.Count} y values");
        }

        var trace = new Trace { Name = name, X = xs, Y = ys };
        if (points is null)
        {
            return trace;
        }

        var rows = points.Select(HoverRow).ToArray();
        if (rows.Length != xs.Count)
        {
            throw new AnalysisKitException($"chart '{name}': {xs.Count} points but {rows.Length} provenance rows");
        }

        var format = NumberFormat(valueAxis == "y" ? ys : xs);
        var template =
            "<b>%{customdata[0]}</b><br>" +
            $"%{{{valueAxis}:{format}}} · %{{customdata[3]}}<br>" +
            "%{customdata[1]}<br>" +
            "<i>%{customdata[2]}</i>" +
            (name is null ? "<extra></extra>" : "");
        return trace with { CustomData = rows, HoverTemplate = template };
    }

    // Quotes are wrapped so the hover box stays narrow; escaping happens when the JSON is written.
    private static IReadOnlyList<string> HoverRow(Provenance p) =>
        [p.Source, PlotlyText.Wrap($"“{p.Quote}”", 60), p.Article, p.Period];

    /// <summary>Thousands separators; whole numbers without decimals.</summary>
    internal static string NumberFormat(IEnumerable<object?> values) =>
        values.All(v => v is null or int or long or short || (v is double d && double.IsInteger(d)) || (v is decimal m && decimal.IsInteger(m)))
            ? ",d"
            : ",~f";

    private static IReadOnlyList<object?> Box<T>(IEnumerable<T> values) => values.Select(v => (object?)v).ToArray();
}
