namespace AnalysisKit.Cli.Notebooks;

/// <summary>Hears what the executor does, to show progress. Cells are counted and numbered as the user's notebook numbers them.</summary>
internal interface IRunProgress
{
    void NotebookStarted(string notebook, int cells);

    void CellStarted(string notebook, int cellNumber);

    void NotebookFinished(string notebook, ExecutionResult result);
}
