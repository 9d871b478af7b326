namespace AnalysisKit.Charts;

/// <summary>
/// A text note on the plot, optionally with an arrow pointing at (X, Y). <see cref="Text"/> is
/// plain text, escaped for plotly when written.
/// </summary>
public sealed record Annotation
{
    public required string Text { get; init; }
    public required object X { get; init; }
    public required object Y { get; init; }
    public string XRef { get; init; } = "x";
    public string YRef { get; init; } = "y";
    public bool ShowArrow { get; init; }

    /// <summary>Arrow tail offset from the point in px (x to the right, y downwards).</summary>
    public double? Ax { get; init; }
    public double? Ay { get; init; }

    /// <summary>Arrow head style 0–8.</summary>
    public int? ArrowHead { get; init; }
    public string? ArrowColor { get; init; }
    public string? XAnchor { get; init; }
    public string? YAnchor { get; init; }

    /// <summary>Shifts in px after positioning, e.g. to put a footnote under the axis.</summary>
    public double? XShift { get; init; }
    public double? YShift { get; init; }

    /// <summary><c>left</c>, <c>center</c> or <c>right</c> for multi-line text.</summary>
    public string? Align { get; init; }
    public Font? Font { get; init; }
}
