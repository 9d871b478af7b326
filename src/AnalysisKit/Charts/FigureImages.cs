namespace AnalysisKit.Charts;

/// <summary>One figure rendered by plotly.js: the SVG text and the PNG bytes.</summary>
public sealed record FigureImages(string Svg, byte[] Png);
