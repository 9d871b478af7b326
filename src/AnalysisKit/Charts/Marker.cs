namespace AnalysisKit.Charts;

/// <summary>A plotly <c>marker</c>: points of a scatter trace or the bars of a bar trace.</summary>
public sealed record Marker
{
    public string? Color { get; init; }

    /// <summary>One colour per point, overriding <see cref="Color"/>.</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    /// <summary>Size in px (scatter only).</summary>
    public double? Size { get; init; }

    /// <summary>A plotly symbol name, e.g. <c>circle</c>, <c>square</c>, <c>circle-open</c> (scatter only).</summary>
    public string? Symbol { get; init; }

    public double? Opacity { get; init; }

    /// <summary>The outline (colour and width).</summary>
    public LineStyle? Line { get; init; }
}
