namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// A notebook cell failed: it did not compile, threw, or ran past the timeout. The runner has
/// written the notebook executed so far, with this error as the cell's output.
/// <see cref="AnalysisKitException.ToOneLine"/> reads <c>path: cell N (line L): message</c>, N as
/// the user's notebook numbers its cells (the injected-parameters cell not counted).
/// </summary>
public sealed class NotebookExecutionException : AnalysisKitException
{
    internal NotebookExecutionException(string notebookPath, int cellIndex, string cellName, int executionCount, string source, CellFailure failure)
        : base($"{cellName}{(failure.Line is { } line ? $" (line {line})" : "")}: {failure.Message}", notebookPath)
    {
        CellIndex = cellIndex;
        CellName = cellName;
        ExecutionCount = executionCount;
        CellSource = source;
        CellLine = failure.Line;
        ErrorName = failure.ErrorName;
        ErrorValue = failure.ErrorValue;
        Traceback = failure.Traceback;
    }

    /// <summary>0-based index of the failed cell in the executed copy.</summary>
    public int CellIndex { get; }

    /// <summary>How messages name the cell: <c>cell N</c>, N from 1 as the user's notebook numbers it.</summary>
    public string CellName { get; }

    /// <summary>The failed cell's execution count.</summary>
    public int ExecutionCount { get; }

    /// <summary>The failed cell's source.</summary>
    public string CellSource { get; }

    /// <summary>1-based line in the cell, when known (compile and directive errors).</summary>
    public int? CellLine { get; }

    /// <summary>The error's name, as the notebook's error output records it.</summary>
    public string ErrorName { get; }

    /// <summary>The error's message.</summary>
    public string ErrorValue { get; }

    /// <summary>The error's trace, one line per entry.</summary>
    public IReadOnlyList<string> Traceback { get; }
}
