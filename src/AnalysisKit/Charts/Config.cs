namespace AnalysisKit.Charts;

/// <summary>The plotly <c>config</c>: how the chart behaves, not how it looks.</summary>
public sealed record Config
{
    /// <summary>Resize with the page or notebook cell.</summary>
    public bool? Responsive { get; init; } = true;

    public bool? DisplayLogo { get; init; } = false;

    public bool? DisplayModeBar { get; init; }

    /// <summary>No hover or zoom: a picture.</summary>
    public bool? StaticPlot { get; init; }
}
