using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>The executor the notebook-run tests share (each run still gets a fresh kernel), and their temp folders' cleanup.</summary>
public sealed class ExecutorFixture : IDisposable
{
    internal NotebookExecutor Executor { get; } = new(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(120) });

    internal Task<ExecutionResult> RunAsync(Notebook notebook, string? path = null, Action<Notebook>? checkpoint = null) =>
        Executor.ExecuteAsync(notebook, path ?? Path.Combine(Path.GetTempPath(), "test.ipynb"), checkpoint: checkpoint);

    public void Dispose()
    {
        if (Directory.Exists(TestNotebooks.TempRoot))
            Directory.Delete(TestNotebooks.TempRoot, recursive: true);
    }
}
