namespace AnalysisKit.Cli.Export;

/// <summary>A figure a notebook displayed: its file name stem (<c>NOTEBOOK-K</c>) and plotly JSON.</summary>
internal sealed record FigureToExport(string Name, string Json);
