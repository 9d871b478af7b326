namespace AnalysisKit.Charts;

/// <summary>The plotly <c>layout</c>: titles, axes, legend, notes and styling.</summary>
public sealed record Layout
{
    public Title? Title { get; init; }
    public Axis? XAxis { get; init; }
    public Axis? YAxis { get; init; }

    /// <summary>The second subplot's axes (traces with <c>XAxis = "x2"</c> / <c>YAxis = "y2"</c>); place them with <see cref="Axis.Domain"/>.</summary>
    public Axis? XAxis2 { get; init; }
    public Axis? YAxis2 { get; init; }
    public Font? Font { get; init; }
    public bool? ShowLegend { get; init; }
    public Legend? Legend { get; init; }

    /// <summary>A second legend, e.g. one for colours (sources) and one for what the styles mean.</summary>
    public Legend? Legend2 { get; init; }
    public Margin? Margin { get; init; }
    public IReadOnlyList<Shape> Shapes { get; init; } = [];
    public IReadOnlyList<Annotation> Annotations { get; init; } = [];

    /// <summary><c>group</c>, <c>stack</c> or <c>overlay</c> for several bar traces.</summary>
    public string? BarMode { get; init; }

    /// <summary>Decimal then thousands separator, e.g. <c>.,</c>.</summary>
    public string? Separators { get; init; }

    /// <summary>The colours traces take in turn.</summary>
    public IReadOnlyList<string>? ColorWay { get; init; }
    public string? PaperBgColor { get; init; }
    public string? PlotBgColor { get; init; }

    /// <summary><c>closest</c>, <c>x</c>, <c>x unified</c>…</summary>
    public string? HoverMode { get; init; }

    /// <summary>Fixed size in px; null fills the container.</summary>
    public int? Width { get; init; }
    public int? Height { get; init; }
}
