namespace AnalysisKit.Cli.Notebooks;

/// <summary>An executed notebook: the copy to write, and the first failure if a cell failed.</summary>
internal sealed record ExecutionResult(Notebook Notebook, NotebookExecutionException? Failure, TimeSpan Duration, int CellsRun)
{
    public bool Succeeded => Failure is null;
}
