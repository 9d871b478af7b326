namespace AnalysisKit.Charts;

/// <summary>A plotly <c>line</c> object of a trace, a marker outline or a shape.</summary>
public sealed record LineStyle
{
    public string? Color { get; init; }
    public double? Width { get; init; }

    /// <summary><c>solid</c>, <c>dot</c>, <c>dash</c>, <c>longdash</c>, <c>dashdot</c> (not for marker outlines).</summary>
    public string? Dash { get; init; }

    /// <summary><c>linear</c>, <c>hv</c> (steps), <c>vh</c>, <c>spline</c> (scatter traces only).</summary>
    public string? Shape { get; init; }
}
