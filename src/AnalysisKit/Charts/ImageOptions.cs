namespace AnalysisKit.Charts;

/// <summary>
/// Image size in CSS px; the PNG is <c>Width*Scale</c> × <c>Height*Scale</c> pixels. The defaults are
/// report size; a figure whose layout sets a width or height keeps its own.
/// </summary>
public sealed record ImageOptions
{
    public int Width { get; init; } = 1200;
    public int Height { get; init; } = 700;
    public double Scale { get; init; } = 2;
}
