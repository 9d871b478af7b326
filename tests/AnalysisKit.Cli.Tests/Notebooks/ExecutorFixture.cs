using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>One executor for a test class, so Roslyn warms up once.</summary>
public sealed class ExecutorFixture : IDisposable
{
    internal NotebookExecutor Executor { get; } = new(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(60) });

    internal Task<ExecutionResult> RunAsync(Notebook notebook, string? path = null) =>
        Executor.ExecuteAsync(notebook, path ?? Path.Combine(Path.GetTempPath(), "test.ipynb"));

    public void Dispose()
    {
        Executor.Dispose();
        if (Directory.Exists(TestNotebooks.TempRoot))
            Directory.Delete(TestNotebooks.TempRoot, recursive: true);
    }
}
