using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Runs a notebook's C# cells in order (papermill's engine and execution manager in one): each
/// code cell gets its outputs, an execution count and <c>metadata.analysiskit</c> (status, start,
/// end, duration); the first failing cell gets an <c>error</c> output and stops the run, later
/// cells are marked skipped. Markdown cells are left as they are.
/// </summary>
/// <remarks>
/// A notebook runs with the current directory set to its own folder, as the Polyglot kernel in
/// VS Code does, so relative paths in cells mean the same in the editor and here. The current
/// directory and Console belong to the process, hence one notebook at a time per process.
/// One executor shares its assembly loader and formatter cache across the notebooks it runs.
/// </remarks>
internal sealed class NotebookExecutor(ExecutorOptions options, NuGetRestorer restorer) : IDisposable
{
    private const string Ok = "ok", Error = "error", Skipped = "skipped";

    private static readonly SemaphoreSlim ProcessStateGate = new(1, 1);

    private readonly InteractiveAssemblyLoader _loader = new();
    private readonly MimeFormatter _formatter = new();

    public NotebookExecutor(ExecutorOptions? options = null) : this(options ?? new ExecutorOptions(), NuGetRestorer.Default())
    {
    }

    /// <summary>Runs <paramref name="notebook"/>, read from <paramref name="path"/> (which names it in errors and anchors relative paths).</summary>
    public async Task<ExecutionResult> ExecuteAsync(
        Notebook notebook, string path, IRunProgress? progress = null, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(path);
        await ProcessStateGate.WaitAsync(cancellationToken);
        var previousDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Path.GetDirectoryName(fullPath)!;
            progress?.NotebookStarted(path, notebook.Cells.Count(c => c.IsCode));
            var result = await ExecuteHereAsync(notebook, path, fullPath, progress, cancellationToken);
            progress?.NotebookFinished(path, result);
            return result;
        }
        finally
        {
            Environment.CurrentDirectory = previousDirectory;
            ProcessStateGate.Release();
        }
    }

    public void Dispose() => _loader.Dispose();

    private async Task<ExecutionResult> ExecuteHereAsync(
        Notebook notebook, string path, string fullPath, IRunProgress? progress, CancellationToken cancellationToken)
    {
        var clock = options.Clock;
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var globals = new NotebookGlobals(_formatter);
        var session = new ScriptSession(fullPath, globals, _loader);
        var references = new CellReferences(Path.GetDirectoryName(fullPath)!, restorer);
        var cells = notebook.Cells.ToList();
        var count = 0;
        NotebookExecutionException? failure = null;

        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsCode)
                continue;
            if (failure is not null)
            {
                cells[i] = cell with { ExecutionCount = null, Outputs = [], Metadata = Stamp(cell.Metadata, Skipped) };
                continue;
            }

            count++;
            progress?.CellStarted(path, i + 1, count);
            var collector = new CellOutputCollector();
            var cellStartedAt = clock.GetUtcNow();
            var cellStarted = clock.GetTimestamp();
            IReadOnlyList<CellOutput> outputs;
            string status;
            try
            {
                var result = await RunCellAsync(session, globals, references, cell, i + 1, collector, cancellationToken);
                outputs = result is null ? collector.Outputs() : [.. collector.Outputs(), CellOutput.Result(count, result)];
                status = Ok;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = Failure(ex, path, i, count, cell.Source, session.CellFile(i + 1));
                outputs = [.. collector.Outputs(), CellOutput.Error(failure.ErrorName, failure.ErrorValue, failure.Traceback)];
                status = Error;
            }
            cells[i] = cell with
            {
                ExecutionCount = count,
                Outputs = outputs,
                Metadata = Stamp(cell.Metadata, status, cellStartedAt, clock.GetUtcNow(), clock.GetElapsedTime(cellStarted)),
            };
        }

        var duration = clock.GetElapsedTime(started);
        var executed = notebook with
        {
            Cells = cells,
            Metadata = RunMetadata.Merge(notebook.Metadata, Times(failure is null ? Ok : Error, startedAt, clock.GetUtcNow(), duration)),
        };
        return new ExecutionResult(executed, failure, duration, count);
    }

    // Returns the MIME bundle of the cell's trailing expression, null when it has none.
    private async Task<JsonMap?> RunCellAsync(
        ScriptSession session, NotebookGlobals globals, CellReferences references, NotebookCell cell, int cellNumber,
        CellOutputCollector collector, CancellationToken cancellationToken)
    {
        var directives = CellDirectives.Parse(cell.Source);
        var newReferences = await references.ResolveAsync(directives.References, cancellationToken);
        // The timeout is for running: a cold first compile must not count against it.
        var script = session.Compile(directives.Code, cellNumber, newReferences, cancellationToken);

        using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        globals.Cell = collector;
        globals.CancellationToken = cellCancellation.Token;
        var (standardOutput, standardError) = (Console.Out, Console.Error);
        Console.SetOut(collector.StandardOutput);
        Console.SetError(collector.StandardError);
        try
        {
            // On the thread pool: a cell that never awaits would otherwise hold this method, timeout and all.
            var run = Task.Run(() => session.RunAsync(script, cellCancellation.Token), cancellationToken);
            if (options.CellTimeout is { } timeout && await Task.WhenAny(run, Task.Delay(timeout, cancellationToken)) != run)
            {
                // Roslyn cannot stop running code: cancel what listens, abandon the rest, never hang.
                cellCancellation.Cancel();
                _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);
                cancellationToken.ThrowIfCancellationRequested();
                throw new CellTimeoutException(timeout);
            }
            // Formatted here, while the console is still the cell's: a formatter may write to it.
            return await run is { } value ? _formatter.Format(value) : null;
        }
        finally
        {
            Console.SetOut(standardOutput);
            Console.SetError(standardError);
            globals.Cell = null;
        }
    }

    private static NotebookExecutionException Failure(Exception ex, string path, int index, int count, string source, string cellFile)
    {
        switch (ex)
        {
            case CompilationErrorException compilation:
            {
                var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).DefaultIfEmpty(compilation.Diagnostics[0]).ToList();
                var first = errors[0];
                var message = $"error {first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}";
                var trace = errors.Select(d =>
                {
                    var at = d.Location.GetLineSpan().StartLinePosition;
                    return $"({at.Line + 1},{at.Character + 1}): error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
                }).ToList();
                var line = first.Location.IsInSource ? first.Location.GetLineSpan().StartLinePosition.Line + 1 : 1;
                return new NotebookExecutionException(path, index, count, source, line, message, "CompilationError", message, trace, ex);
            }
            case CellDirectiveException directive:
                return new NotebookExecutionException(path, index, count, source, directive.CellLine, directive.Message,
                    "DirectiveError", directive.Message, [directive.Message], ex);
            case CellTimeoutException timeout:
                return new NotebookExecutionException(path, index, count, source, null, timeout.Message,
                    "TimeoutError", timeout.Message, [timeout.Message], ex);
            default:
            {
                var name = ex.GetType().FullName ?? ex.GetType().Name;
                return new NotebookExecutionException(path, index, count, source, LineInCell(ex, cellFile) ?? 1,
                    $"{name}: {ex.Message}", name, ex.Message, Trace(ex), ex);
            }
        }
    }

    // The innermost frame compiled from this cell: where the cell called into what threw.
    private static int? LineInCell(Exception ex, string cellFile)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames().FirstOrDefault(f => f.GetFileName() == cellFile);
            if (frame is not null && frame.GetFileLineNumber() > 0)
                return frame.GetFileLineNumber();
        }
        return null;
    }

    // The user's frames; the runner's and Roslyn's own plumbing says nothing about the cell.
    private static List<string> Trace(Exception ex) =>
        ex.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
                        && !l.Contains("AnalysisKit.Cli.Notebooks.", StringComparison.Ordinal)
                        && !l.Contains("System.Runtime.CompilerServices.TaskAwaiter", StringComparison.Ordinal)
                        && !l.Contains("System.Runtime.ExceptionServices.ExceptionDispatchInfo", StringComparison.Ordinal)
                        && !l.Contains("--- End of stack trace from previous location ---", StringComparison.Ordinal))
            .ToList();

    private static JsonMap Stamp(JsonMap metadata, string status) =>
        metadata.SetItem(RunMetadata.Key, NotebookSerializer.ToElement(new JsonObject { ["status"] = status }));

    private static JsonMap Stamp(JsonMap metadata, string status, DateTimeOffset start, DateTimeOffset end, TimeSpan duration) =>
        metadata.SetItem(RunMetadata.Key, NotebookSerializer.ToElement(Times(status, start, end, duration)));

    private static JsonObject Times(string status, DateTimeOffset start, DateTimeOffset end, TimeSpan duration) => new()
    {
        ["status"] = status,
        ["start"] = Iso(start),
        ["end"] = Iso(end),
        ["duration"] = Math.Round(duration.TotalSeconds, 3),
    };

    private static string Iso(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private sealed class CellTimeoutException(TimeSpan timeout)
        : Exception($"timed out after {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s");
}
