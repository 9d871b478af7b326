namespace AnalysisKit.Charts;

/// <summary>Where the legend sits; positions are paper fractions.</summary>
public sealed record Legend
{
    /// <summary><c>v</c> or <c>h</c>.</summary>
    public string? Orientation { get; init; }
    public double? X { get; init; }
    public double? Y { get; init; }
    public string? XAnchor { get; init; }
    public string? YAnchor { get; init; }
}
