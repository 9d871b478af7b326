namespace AnalysisKit.Charts;

/// <summary>A plotly font: family (CSS list), size in px, colour.</summary>
public sealed record Font
{
    public string? Family { get; init; }
    public double? Size { get; init; }
    public string? Color { get; init; }

    /// <summary>400 normal, 700 bold.</summary>
    public int? Weight { get; init; }
}
