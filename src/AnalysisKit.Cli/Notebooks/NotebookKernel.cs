using System.Globalization;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// One notebook's kernel: an in-process <see cref="CompositeKernel"/> holding the real
/// <see cref="CSharpKernel"/>, set up as dotnet-interactive sets it up (kernel helpers such as
/// <c>display</c>, <c>#r "nuget:"</c> with the kernel's own package restore, a package's
/// <c>interactive-extensions</c> loaded). Each cell is one <see cref="SubmitCode"/>; the events it
/// raises become the cell's nbformat outputs. Dispose it when the notebook ends.
/// </summary>
internal sealed class NotebookKernel : IDisposable
{
    private readonly CompositeKernel _kernel;
    private readonly KernelExtensionLoader _extensions = new();
    private readonly Lock _gate = new();
    private CellEvents? _current;
    private readonly IDisposable _subscription;

    public NotebookKernel()
    {
        var csharp = new CSharpKernel()
            .UseNugetDirective(OnPackagesResolvedAsync, forceRestore: false)
            .UseKernelHelpers()
            .UseWho()
            .UseValueSharing();
        _kernel = new CompositeKernel { csharp };
        _kernel.DefaultKernelName = csharp.Name;
        _subscription = _kernel.KernelEvents.Subscribe(new EventObserver(this));
    }

    /// <summary>
    /// Compiles and runs an empty submission, so the compiler's start-up (seconds on a cold
    /// process) is not charged to the notebook's first cell and its <c>--timeout</c>.
    /// </summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) =>
        Task.Run(() => _kernel.SendAsync(new SubmitCode(";"), cancellationToken), cancellationToken);

    /// <summary>A new kernel, warmed up (<see cref="WarmUpAsync"/>); disposed if warming fails.</summary>
    public static async Task<NotebookKernel> StartWarmAsync(CancellationToken cancellationToken)
    {
        var kernel = new NotebookKernel();
        try
        {
            await kernel.WarmUpAsync(cancellationToken);
            return kernel;
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
    }

    /// <summary>Runs one cell; its outputs so far and its failure, if any.</summary>
    /// <param name="timeout">How long the cell may run; the kernel cannot stop running code, so on timeout it is abandoned.</param>
    public async Task<CellRun> SubmitAsync(string code, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var events = new CellEvents();
        lock (_gate)
            _current = events;
        try
        {
            using var cellCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // On the thread pool: a cell that never awaits would otherwise hold this method, timeout and all.
            var run = Task.Run(() => _kernel.SendAsync(new SubmitCode(code), cellCancellation.Token), cancellationToken);
            if (timeout is { } limit && await Task.WhenAny(run, Task.Delay(limit, cancellationToken)) != run)
            {
                cellCancellation.Cancel();
                _ = run.ContinueWith(t => t.Exception, TaskScheduler.Default);
                cancellationToken.ThrowIfCancellationRequested();
                var message = string.Create(CultureInfo.InvariantCulture, $"timed out after {limit.TotalSeconds:0.###} s");
                return events.Finish(new CellFailure("TimeoutError", message, message, null, [message]));
            }
            await run;
            return events.Finish(null);
        }
        finally
        {
            lock (_gate)
                _current = null;
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _kernel.Dispose();
        _extensions.Dispose();
    }

    private async Task OnPackagesResolvedAsync(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        await _extensions.LoadAsync(packages, kernel.RootKernel);
    }

    private void Receive(KernelEvent kernelEvent)
    {
        CellEvents? events;
        lock (_gate)
            events = _current;
        events?.Add(kernelEvent);
    }

    private sealed class EventObserver(NotebookKernel owner) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value) => owner.Receive(value);

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }

    /// <summary>One cell's events as outputs, in the order they happen.</summary>
    private sealed class CellEvents
    {
        private readonly Lock _gate = new();
        private readonly List<CellOutput> _outputs = [];
        private readonly Dictionary<string, int> _displays = [];
        private CellFailure? _diagnosed;
        private CellFailure? _failure;
        private bool _finished;

        public void Add(KernelEvent kernelEvent)
        {
            lock (_gate)
            {
                if (_finished)
                    return;
                switch (kernelEvent)
                {
                    case StandardOutputValueProduced stdout:
                        AppendStream("stdout", PlainTextOf(stdout.FormattedValues));
                        break;
                    case StandardErrorValueProduced stderr:
                        AppendStream("stderr", PlainTextOf(stderr.FormattedValues));
                        break;
                    case DisplayedValueUpdated updated when updated.ValueId is { } id && _displays.TryGetValue(id, out var at):
                        // Jupyter's update_display_data: the executed copy keeps the last state.
                        _outputs[at] = _outputs[at] with { Data = Bundle(updated) };
                        break;
                    case DisplayedValueProduced displayed:
                        if (displayed.ValueId is { } valueId)
                            _displays[valueId] = _outputs.Count;
                        _outputs.Add(CellOutput.Display(Bundle(displayed)));
                        break;
                    case ReturnValueProduced returned:
                        // The execution count is the executor's to give.
                        _outputs.Add(CellOutput.Result(0, Bundle(returned)));
                        break;
                    case DiagnosticsProduced diagnostics:
                        // Errors become the error output; warnings stay editor squiggles, as in VS Code and Jupyter.
                        _diagnosed ??= CompilationFailure(diagnostics);
                        break;
                    case CommandFailed failed:
                        _failure = _diagnosed ?? Failure(failed);
                        break;
                }
            }
        }

        public CellRun Finish(CellFailure? timeout)
        {
            lock (_gate)
            {
                _finished = true;
                return new CellRun([.. _outputs], timeout ?? _failure);
            }
        }

        private void AppendStream(string name, string text)
        {
            if (text.Length == 0)
                return;
            if (_outputs.Count > 0 && _outputs[^1] is { OutputType: CellOutput.StreamType } last && last.Name == name)
                _outputs[^1] = last with { Text = last.Text + text };
            else
                _outputs.Add(CellOutput.Stream(name, text));
        }

        // Error diagnostics name the line; the CommandFailed that follows says the cell failed.
        private static CellFailure? CompilationFailure(DiagnosticsProduced diagnostics)
        {
            var errors = diagnostics.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count == 0)
                return null;
            var first = errors[0];
            var message = $"error {first.Code}: {first.Message}";
            return new CellFailure(
                "CompilationError",
                message,
                message,
                first.LinePositionSpan.Start.Line + 1,
                errors.Select(d => $"{Position(d)}: error {d.Code}: {d.Message}").ToList());
        }

        private static CellFailure Failure(CommandFailed failed)
        {
            if (failed.Exception is { } exception and not CodeSubmissionCompilationErrorException)
            {
                var name = exception.GetType().FullName ?? exception.GetType().Name;
                return new CellFailure(name, exception.Message, $"{name}: {exception.Message}", null, Trace(exception));
            }
            return new CellFailure("Error", failed.Message, failed.Message, null, failed.Message.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
        }

        private static string Position(Microsoft.DotNet.Interactive.Diagnostic diagnostic) =>
            string.Create(CultureInfo.InvariantCulture,
                $"({diagnostic.LinePositionSpan.Start.Line + 1},{diagnostic.LinePositionSpan.Start.Character + 1})");

        // The user's frames; the kernel's and Roslyn's plumbing says nothing about the cell.
        private static List<string> Trace(Exception exception) =>
            exception.ToString().Split('\n').Select(l => l.TrimEnd('\r'))
                .Where(l => !l.Contains("Microsoft.CodeAnalysis.Scripting.", StringComparison.Ordinal)
                            && !l.Contains("Microsoft.DotNet.Interactive.", StringComparison.Ordinal)
                            && !l.Contains("System.Runtime.CompilerServices.TaskAwaiter", StringComparison.Ordinal)
                            && !l.Contains("System.Runtime.ExceptionServices.ExceptionDispatchInfo", StringComparison.Ordinal)
                            && !l.Contains("--- End of stack trace from previous location ---", StringComparison.Ordinal))
                .ToList();

        private static string PlainTextOf(IReadOnlyCollection<FormattedValue> values) =>
            values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? "";

        // JSON MIME types are stored as JSON (plotly figures as objects), text types as text;
        // text/plain is always there, as nbformat readers fall back to it.
        private static JsonMap Bundle(DisplayEvent displayed)
        {
            var bundle = JsonMap.Empty;
            foreach (var value in displayed.FormattedValues)
                bundle = bundle.SetItem(value.MimeType, CellOutput.IsJsonMime(value.MimeType)
                    ? ParseJson(value.MimeType, value.Value)
                    : NotebookSerializer.ToElement(value.Value));
            if (!bundle.ContainsKey(PlainTextFormatter.MimeType))
                bundle = bundle.SetItem(PlainTextFormatter.MimeType,
                    NotebookSerializer.ToElement(displayed.Value is null ? "<null>" : displayed.Value.ToDisplayString(PlainTextFormatter.MimeType)));
            return bundle;
        }

        private static JsonElement ParseJson(string mimeType, string text)
        {
            try
            {
                return JsonSerializer.Deserialize<JsonElement>(text);
            }
            catch (JsonException)
            {
                // Not ours to fix: keep what the formatter wrote, as text.
                return NotebookSerializer.ToElement(text);
            }
        }
    }
}

/// <summary>What one cell produced: its outputs (execution counts not yet set) and its failure, if it failed.</summary>
internal sealed record CellRun(IReadOnlyList<CellOutput> Outputs, CellFailure? Failure);

/// <summary>
/// Why a cell failed: the error output's name, value and trace, and the message the run prints.
/// <see cref="Line"/> is 1-based in the cell, known for compile and directive errors; the kernel
/// compiles cells without line information, so not for exceptions.
/// </summary>
internal sealed record CellFailure(string ErrorName, string ErrorValue, string Message, int? Line, IReadOnlyList<string> Traceback);
