namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// A notebook cell failed: it did not compile, threw, or ran past the timeout. The runner has
/// written the notebook executed so far, with this error as the cell's output.
/// <see cref="AnalysisKitException.ToOneLine"/> reads <c>path: cell N (line L): message</c>.
/// </summary>
public sealed class NotebookExecutionException : AnalysisKitException
{
    internal NotebookExecutionException(
        string notebookPath, int cellIndex, int executionCount, string source, int? cellLine, string detail,
        string errorName, string errorValue, IReadOnlyList<string> traceback, Exception? inner = null)
        : base($"{(cellLine is null ? $"cell {cellIndex + 1}" : $"cell {cellIndex + 1} (line {cellLine})")}: {detail}",
            notebookPath, null, inner)
    {
        CellIndex = cellIndex;
        ExecutionCount = executionCount;
        CellSource = source;
        CellLine = cellLine;
        ErrorName = errorName;
        ErrorValue = errorValue;
        Traceback = traceback;
    }

    /// <summary>0-based index of the failed cell among all cells.</summary>
    public int CellIndex { get; }

    /// <summary>1-based number of the failed cell among all cells, as messages print it.</summary>
    public int CellNumber => CellIndex + 1;

    /// <summary>The failed cell's execution count.</summary>
    public int ExecutionCount { get; }

    /// <summary>The failed cell's source.</summary>
    public string CellSource { get; }

    /// <summary>1-based line in the cell, when known (not for a timeout).</summary>
    public int? CellLine { get; }

    /// <summary>The error's name, as the notebook's error output records it.</summary>
    public string ErrorName { get; }

    /// <summary>The error's message.</summary>
    public string ErrorValue { get; }

    /// <summary>The error's trace, one line per entry.</summary>
    public IReadOnlyList<string> Traceback { get; }
}
