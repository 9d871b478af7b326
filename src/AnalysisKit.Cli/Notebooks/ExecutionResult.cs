namespace AnalysisKit.Cli.Notebooks;

/// <summary>An executed notebook: the copy to write, the first failure if a cell failed, and how many cells the user's notebook has.</summary>
internal sealed record ExecutionResult(Notebook Notebook, NotebookExecutionException? Failure, TimeSpan Duration, int Cells)
{
    public bool Succeeded => Failure is null;
}
