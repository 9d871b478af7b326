namespace AnalysisKit.Charts;

/// <summary>
/// A plotly layout shape: a <c>line</c> or <c>rect</c> from (X0, Y0) to (X1, Y1), in data
/// coordinates (<c>x</c>/<c>y</c>) or paper fractions (<c>paper</c>).
/// </summary>
public sealed record Shape
{
    /// <summary><c>line</c> or <c>rect</c>.</summary>
    public string Type { get; init; } = "line";
    public required object X0 { get; init; }
    public required object X1 { get; init; }
    public required object Y0 { get; init; }
    public required object Y1 { get; init; }
    public string XRef { get; init; } = "x";
    public string YRef { get; init; } = "y";
    public LineStyle? Line { get; init; }
    public string? FillColor { get; init; }
    public double? Opacity { get; init; }

    /// <summary><c>above</c> or <c>below</c> the traces.</summary>
    public string? Layer { get; init; }
}
