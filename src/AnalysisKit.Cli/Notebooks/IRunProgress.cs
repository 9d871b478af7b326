namespace AnalysisKit.Cli.Notebooks;

/// <summary>Hears what the executor does, to show progress.</summary>
internal interface IRunProgress
{
    void NotebookStarted(string notebook, int codeCells);

    /// <summary><paramref name="cellNumber"/> is 1-based among all cells; <paramref name="codeCell"/> among code cells.</summary>
    void CellStarted(string notebook, int cellNumber, int codeCell);

    void NotebookFinished(string notebook, ExecutionResult result);
}
