namespace AnalysisKit.Cli.Notebooks;

/// <summary>Progress for logs (CI, redirected output): one plain line per finished notebook.</summary>
internal sealed class PlainRunProgress(TextWriter output) : IRunProgress
{
    public void NotebookStarted(string notebook, int cells)
    {
    }

    public void CellStarted(string notebook, int cellNumber)
    {
    }

    public void NotebookFinished(string notebook, ExecutionResult result) =>
        output.WriteLine($"run {notebook}: {RunSummary.Of(result)}");
}
