using System.Globalization;
using System.Text.Json.Nodes;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Runs a notebook's code cells in order on a fresh <see cref="NotebookKernel"/> (papermill's
/// engine and execution manager in one): each code cell gets its outputs, an execution count and
/// <c>metadata.analysiskit</c> (status, start, end, duration); the first failing cell gets an
/// <c>error</c> output and stops the run, later cells are marked skipped. Markdown cells are left
/// as they are. After each cell the notebook so far goes to the checkpoint, as papermill writes it.
/// </summary>
/// <remarks>
/// A notebook runs with the current directory set to its own folder, as the dotnet-interactive
/// kernel in VS Code and Jupyter does, so relative paths in cells mean the same there and here.
/// The current directory belongs to the process, hence one notebook at a time per process.
/// </remarks>
internal sealed class NotebookExecutor(ExecutorOptions? options = null, WarmKernels? kernels = null)
{
    private const string Ok = "ok", Error = "error", Skipped = "skipped";

    private static readonly SemaphoreSlim ProcessStateGate = new(1, 1);

    private readonly ExecutorOptions _options = options ?? new ExecutorOptions();
    private readonly WarmKernels? _kernels = kernels;

    /// <summary>Runs <paramref name="notebook"/>, read from <paramref name="path"/> (which names it in errors and anchors relative paths).</summary>
    /// <param name="checkpoint">Receives the executed copy after each cell (later cells not run yet).</param>
    public async Task<ExecutionResult> ExecuteAsync(
        Notebook notebook, string path, IRunProgress? progress = null, Action<Notebook>? checkpoint = null,
        CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        await ProcessStateGate.WaitAsync(cancellationToken);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(fullPath)!;
            var numbering = new CellNumbering(notebook);
            progress?.NotebookStarted(path, numbering.UserCells);
            using var kernel = await TakeKernelAsync(cancellationToken);
            var result = await ExecuteHereAsync(kernel, notebook, numbering, path, progress, checkpoint, cancellationToken);
            progress?.NotebookFinished(path, result);
            return result;
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            ProcessStateGate.Release();
        }
    }

    private Task<NotebookKernel> TakeKernelAsync(CancellationToken cancellationToken) =>
        _kernels is not null ? _kernels.TakeAsync(cancellationToken) : NotebookKernel.StartWarmAsync(cancellationToken);

    private async Task<ExecutionResult> ExecuteHereAsync(
        NotebookKernel kernel, Notebook notebook, CellNumbering numbering, string path, IRunProgress? progress,
        Action<Notebook>? checkpoint, CancellationToken cancellationToken)
    {
        var clock = _options.Clock;
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        // As papermill does: outputs of an earlier run go, so a partial copy shows only this run.
        var cells = notebook.Cells.Select(c => c.IsCode ? c with { ExecutionCount = null, Outputs = [] } : c).ToList();
        var count = 0;
        NotebookExecutionException? failure = null;

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsCode)
                continue;
            if (failure is not null)
            {
                cells[i] = cell with { Metadata = Stamp(cell.Metadata, new JsonObject { ["status"] = Skipped }) };
                continue;
            }

            count++;
            progress?.CellStarted(path, numbering.Of(i));
            var cellStartedAt = clock.GetUtcNow();
            var cellStarted = clock.GetTimestamp();
            var run = await kernel.SubmitAsync(cell.Source, _options.CellTimeout, cancellationToken);
            var outputs = run.Outputs
                .Select(o => o.OutputType == CellOutput.ExecuteResultType ? o with { ExecutionCount = count } : o)
                .ToList();
            if (run.Failure is { } failed)
            {
                failure = new NotebookExecutionException(path, i, numbering.Describe(i), count, cell.Source, failed);
                outputs.Add(CellOutput.Error(failed.ErrorName, failed.ErrorValue, failed.Traceback));
            }
            cells[i] = cell with
            {
                ExecutionCount = count,
                Outputs = outputs,
                Metadata = Stamp(cell.Metadata, Times(failure is null ? Ok : Error, cellStartedAt, clock.GetUtcNow(), clock.GetElapsedTime(cellStarted))),
            };
            checkpoint?.Invoke(notebook with { Cells = [.. cells] });
        }

        var duration = clock.GetElapsedTime(started);
        var executed = notebook with
        {
            Cells = cells,
            Metadata = RunMetadata.Merge(notebook.Metadata, Times(failure is null ? Ok : Error, startedAt, clock.GetUtcNow(), duration)),
        };
        return new ExecutionResult(executed, failure, duration, numbering.UserCells);
    }

    private static JsonMap Stamp(JsonMap metadata, JsonObject values) =>
        metadata.SetItem(RunMetadata.Key, NotebookSerializer.ToElement(values));

    private static JsonObject Times(string status, DateTimeOffset start, DateTimeOffset end, TimeSpan duration) => new()
    {
        ["status"] = status,
        ["start"] = Iso(start),
        ["end"] = Iso(end),
        ["duration"] = Math.Round(duration.TotalSeconds, 3),
    };

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
