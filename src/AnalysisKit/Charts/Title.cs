namespace AnalysisKit.Charts;

/// <summary>
/// A figure or axis title. <see cref="Text"/> is plain text: it is escaped for plotly when
/// written, and a line break becomes a plotly line break.
/// </summary>
public sealed record Title
{
    public required string Text { get; init; }

    /// <summary>A smaller second line under a figure title (figure titles only).</summary>
    public string? Subtitle { get; init; }

    public Font? Font { get; init; }

    /// <summary>Horizontal position, a fraction of <see cref="XRef"/> (figure titles only).</summary>
    public double? X { get; init; }

    /// <summary><c>container</c> (the whole figure) or <c>paper</c> (the plot area) (figure titles only).</summary>
    public string? XRef { get; init; }

    /// <summary><c>left</c>, <c>center</c> or <c>right</c> (figure titles only).</summary>
    public string? XAnchor { get; init; }

    /// <summary>Vertical position as a fraction of the figure's height (figure titles only).</summary>
    public double? Y { get; init; }

    /// <summary><c>top</c>, <c>middle</c> or <c>bottom</c> (figure titles only).</summary>
    public string? YAnchor { get; init; }
}
