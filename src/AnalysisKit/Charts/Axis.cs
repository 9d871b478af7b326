namespace AnalysisKit.Charts;

/// <summary>A plotly x or y axis.</summary>
public sealed record Axis
{
    /// <summary>The axis title; say the unit, e.g. "Soldiers (count)".</summary>
    public Title? Title { get; init; }

    /// <summary><c>linear</c>, <c>log</c>, <c>date</c> or <c>category</c>; plotly guesses when null.</summary>
    public string? Type { get; init; }

    /// <summary>A d3 format for numbers (<c>,d</c> for thousands separators) or dates (<c>%b %Y</c>).</summary>
    public string? TickFormat { get; init; }

    /// <summary>The format of this axis' value in hover labels.</summary>
    public string? HoverFormat { get; init; }

    /// <summary>Two values: the visible range (numbers or dates).</summary>
    public IReadOnlyList<object>? Range { get; init; }

    /// <summary><c>normal</c>, <c>tozero</c> or <c>nonnegative</c>.</summary>
    public string? RangeMode { get; init; }

    public bool? ShowGrid { get; init; }
    public string? GridColor { get; init; }
    public bool? ZeroLine { get; init; }
    public bool? ShowLine { get; init; }
    public string? LineColor { get; init; }

    /// <summary><c>outside</c>, <c>inside</c> or empty for none.</summary>
    public string? Ticks { get; init; }

    /// <summary>Let plotly grow the margin so long tick labels fit.</summary>
    public bool? AutoMargin { get; init; }

    /// <summary>The step between ticks; <c>1</c> on a category axis labels every category (plotly skips some when crowded).</summary>
    public double? DTick { get; init; }

    /// <summary>The first tick when <see cref="DTick"/> is set.</summary>
    public double? Tick0 { get; init; }

    /// <summary>Ticks at exactly these values, labelled by <see cref="TickText"/> when given.</summary>
    public IReadOnlyList<object>? TickVals { get; init; }
    public IReadOnlyList<string>? TickText { get; init; }

    public bool? ShowTickLabels { get; init; }

    /// <summary>The part of the figure the axis spans, two paper fractions: places a subplot.</summary>
    public IReadOnlyList<double>? Domain { get; init; }

    /// <summary>The axis this one is drawn against (<c>y2</c> puts an x axis under the second subplot), or <c>free</c>.</summary>
    public string? Anchor { get; init; }

    /// <summary><c>x</c>: share another axis' range and zoom.</summary>
    public string? Matches { get; init; }

    /// <summary><c>reversed</c> runs a category axis top-down, in the order the rows are given.</summary>
    public string? AutoRange { get; init; }
}
