using Spectre.Console;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Progress on a terminal: one live line per notebook with its cell counter and elapsed time,
/// left showing the summary when the notebook finishes. Dispose to end the live display.
/// </summary>
internal sealed class LiveRunProgress : IRunProgress, IAsyncDisposable
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ProgressContext> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, (ProgressTask Task, int Cells)> _lines = [];
    private readonly Task _display;

    public LiveRunProgress(IAnsiConsole console)
    {
        _display = console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .StartAsync(context =>
            {
                _started.SetResult(context);
                return _finished.Task;
            });
    }

    public void NotebookStarted(string notebook, int cells)
    {
        var context = _started.Task.GetAwaiter().GetResult();
        _lines[notebook] = (context.AddTask(Describe(notebook, $"0/{cells} cells"), maxValue: Math.Max(cells, 1)), cells);
    }

    public void CellStarted(string notebook, int cellNumber)
    {
        var (task, cells) = _lines[notebook];
        task.Description = Describe(notebook, $"cell {cellNumber}/{cells}");
        task.Value = cellNumber - 1;
    }

    public void NotebookFinished(string notebook, ExecutionResult result)
    {
        var (task, _) = _lines[notebook];
        task.Description = Describe(notebook, RunSummary.Of(result)) + (result.Succeeded ? "" : " [red]✗[/]");
        task.Value = task.MaxValue;
        task.StopTask();
    }

    public async ValueTask DisposeAsync()
    {
        _finished.TrySetResult();
        await _display;
    }

    private static string Describe(string notebook, string state) => $"{Markup.Escape(notebook)}: {Markup.Escape(state)}";
}
