namespace AnalysisKit.Cli.Notebooks;

/// <summary>How <see cref="NotebookExecutor"/> runs cells.</summary>
internal sealed record ExecutorOptions
{
    /// <summary>Per cell; null waits as long as the cell runs.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>Start and end times of cells and notebooks.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
