namespace AnalysisKit.Charts;

/// <summary>Plot margins in px.</summary>
public sealed record Margin
{
    public double? Left { get; init; }
    public double? Right { get; init; }
    public double? Top { get; init; }
    public double? Bottom { get; init; }
}
