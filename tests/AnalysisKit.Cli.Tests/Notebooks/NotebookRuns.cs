namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>
/// Tests that run notebooks: a run sets the process's current directory, so these
/// classes take turns (the runner serializes runs anyway) and share one executor.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotebookRuns : ICollectionFixture<ExecutorFixture>
{
    public const string Name = "notebook runs";
}
