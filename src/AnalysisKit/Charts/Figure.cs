using AnalysisKit.Interactive;

namespace AnalysisKit.Charts;

/// <summary>
/// A plotly.js chart as a value: traces, layout and config. Build one with <see cref="Chart"/>,
/// change it with the <c>With…</c> methods (each returns a new figure), then show it in a
/// notebook, or write it with <see cref="ToHtml"/> / <see cref="SaveAsync"/>.
/// </summary>
[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = [FigureFormatterSource.PlotlyMimeType, "text/html"])]
public sealed record Figure
{
    public IReadOnlyList<Trace> Data { get; init; } = [];
    public Layout Layout { get; init; } = new();
    public Config Config { get; init; } = new();

    /// <summary>The plotly.js JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    public string ToJson() => FigureJson.Write(this);

    /// <summary>A self-contained HTML page (plotly.js inlined) that shows the chart offline.</summary>
    public string ToHtml() => FigureHtml.Page(ToJson(), Layout.Title?.Text ?? "Chart");

    /// <summary>
    /// Writes <c>name.html</c>, and <c>name.svg</c> + <c>name.png</c> when a browser is found,
    /// into <paramref name="directory"/>.
    /// </summary>
    public Task<ExportResult> SaveAsync(string directory, string name, ImageOptions? options = null, CancellationToken cancellationToken = default) =>
        FigureFiles.WriteAsync(directory, [(name, ToJson())], options, cancellationToken: cancellationToken);

    /// <summary>Sets the title (plain text) and an optional subtitle.</summary>
    public Figure WithTitle(string title, string? subtitle = null) =>
        WithLayout(l => l with { Title = (l.Title ?? new Title { Text = title }) with { Text = title, Subtitle = subtitle } });

    /// <summary>Sets the axis titles; say the unit, e.g. "Soldiers per month".</summary>
    public Figure WithAxisTitles(string? x, string? y) =>
        WithLayout(l => l with
        {
            XAxis = x is null ? l.XAxis : (l.XAxis ?? new Axis()) with { Title = new Title { Text = x } },
            YAxis = y is null ? l.YAxis : (l.YAxis ?? new Axis()) with { Title = new Title { Text = y } },
        });

    /// <summary>Changes the layout.</summary>
    public Figure WithLayout(Func<Layout, Layout> change) => this with { Layout = change(Layout) };

    /// <summary>Changes every trace.</summary>
    public Figure MapTraces(Func<Trace, Trace> change) => this with { Data = Data.Select(change).ToArray() };

    /// <summary>Sets the marker (e.g. <c>Symbol = "circle-open"</c>) and line style of every trace.</summary>
    public Figure WithStyle(Marker? marker = null, LineStyle? line = null) =>
        MapTraces(t => t with { Marker = marker ?? t.Marker, Line = line ?? t.Line });

    /// <summary>Vertical error bars on every trace: <paramref name="plus"/> above, <paramref name="minus"/> below (symmetric when null).</summary>
    public Figure WithYError(IEnumerable<double?> plus, IEnumerable<double?>? minus = null) =>
        MapTraces(t => t with { ErrorY = Errors(plus, minus) });

    /// <summary>Horizontal error bars on every trace: <paramref name="plus"/> right, <paramref name="minus"/> left (symmetric when null).</summary>
    public Figure WithXError(IEnumerable<double?> plus, IEnumerable<double?>? minus = null) =>
        MapTraces(t => t with { ErrorX = Errors(plus, minus) });

    public Figure WithShape(Shape shape) => WithLayout(l => l with { Shapes = [.. l.Shapes, shape] });

    public Figure WithAnnotation(Annotation annotation) =>
        WithLayout(l => l with { Annotations = [.. l.Annotations, annotation] });

    /// <summary>A note with an arrow pointing at the data point (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public Figure WithNote(string text, object x, object y) =>
        WithAnnotation(new Annotation { Text = text, X = x, Y = y, ShowArrow = true, ArrowHead = 2, Ax = 0, Ay = -40 });

    /// <summary>A footnote under the plot naming where the figures come from.</summary>
    public Figure WithSourceNote(string text) => WithAnnotation(HouseStyle.SourceNote(text, Layout.Margin?.Left));

    /// <summary>The report style: fonts, white background, Okabe–Ito colours, thousands separators.</summary>
    public Figure WithHouseStyle() => HouseStyle.Apply(this);

    private static ErrorBars Errors(IEnumerable<double?> plus, IEnumerable<double?>? minus) =>
        new() { Plus = plus.ToArray(), Minus = minus?.ToArray() };
}
