namespace AnalysisKit.Charts;

/// <summary>
/// One plotly trace: <c>scatter</c> (points, lines, bands) or <c>bar</c>. X and Y hold numbers,
/// strings, dates (<see cref="DateOnly"/>, <see cref="DateTime"/>) or null for a gap. Text fields
/// are plain text, escaped for plotly when written; <see cref="HoverTemplate"/> is plotly markup.
/// </summary>
public sealed record Trace
{
    /// <summary><c>scatter</c> or <c>bar</c>.</summary>
    public string Type { get; init; } = "scatter";
    public string? Name { get; init; }
    public IReadOnlyList<object?> X { get; init; } = [];
    public IReadOnlyList<object?> Y { get; init; } = [];

    /// <summary><c>markers</c>, <c>lines</c>, <c>lines+markers</c>, <c>text</c>… (scatter only).</summary>
    public string? Mode { get; init; }

    /// <summary><c>v</c> or <c>h</c> (bar only; for <c>h</c> the values are X).</summary>
    public string? Orientation { get; init; }

    /// <summary>A label per point (drawn with <c>text</c> in <see cref="Mode"/>).</summary>
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>Where a point's label sits: <c>middle right</c>, <c>top center</c>… (scatter only).</summary>
    public string? TextPosition { get; init; }

    public Font? TextFont { get; init; }

    /// <summary>The x axis of a subplot: <c>x</c> (default) or <c>x2</c>.</summary>
    public string? XAxis { get; init; }

    /// <summary>The y axis of a subplot: <c>y</c> (default) or <c>y2</c>.</summary>
    public string? YAxis { get; init; }

    /// <summary>Values per point that <see cref="HoverTemplate"/> reads as <c>%{customdata[i]}</c>.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CustomData { get; init; }

    public string? HoverTemplate { get; init; }

    /// <summary><c>skip</c> hides the trace from hover, e.g. a band's lower edge.</summary>
    public string? HoverInfo { get; init; }
    public Marker? Marker { get; init; }
    public LineStyle? Line { get; init; }
    public ErrorBars? ErrorX { get; init; }
    public ErrorBars? ErrorY { get; init; }

    /// <summary><c>toself</c>, <c>tonexty</c>, <c>tozeroy</c> (scatter only).</summary>
    public string? Fill { get; init; }
    public string? FillColor { get; init; }
    public bool? ShowLegend { get; init; }

    /// <summary>Which legend lists the trace: <c>legend</c> (default) or <c>legend2</c>.</summary>
    public string? Legend { get; init; }
    public string? LegendGroup { get; init; }

    /// <summary>A title over the legend entries of <see cref="LegendGroup"/> (plain text).</summary>
    public string? LegendGroupTitle { get; init; }
    public double? Opacity { get; init; }
}
