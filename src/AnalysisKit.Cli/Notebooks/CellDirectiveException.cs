namespace AnalysisKit.Cli.Notebooks;

/// <summary>A directive in a cell that cannot be honoured; <see cref="CellLine"/> is 1-based in the cell.</summary>
internal sealed class CellDirectiveException(int cellLine, string message) : Exception(message)
{
    public int CellLine { get; } = cellLine;
}
