namespace AnalysisKit.Charts;

/// <summary>
/// Error bars from data (plotly <c>type: "data"</c>): <see cref="Plus"/> above or right of each
/// point and, when asymmetric, <see cref="Minus"/> below or left. A null entry draws no bar.
/// </summary>
public sealed record ErrorBars
{
    public required IReadOnlyList<double?> Plus { get; init; }
    public IReadOnlyList<double?>? Minus { get; init; }
    public string? Color { get; init; }
    public double? Thickness { get; init; }

    /// <summary>Width of the cross bar in px.</summary>
    public double? Width { get; init; }
}
