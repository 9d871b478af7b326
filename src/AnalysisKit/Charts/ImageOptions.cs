namespace AnalysisKit.Charts;

/// <summary>Image size in CSS px; the PNG is <c>Width*Scale</c> × <c>Height*Scale</c> pixels.</summary>
public sealed record ImageOptions
{
    public int Width { get; init; } = 1000;
    public int Height { get; init; } = 600;
    public double Scale { get; init; } = 2;
}
