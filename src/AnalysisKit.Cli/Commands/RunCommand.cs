using System.CommandLine;
using System.Globalization;
using AnalysisKit.Cli.Export;
using AnalysisKit.Cli.Notebooks;
using Spectre.Console;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysiskit run NOTEBOOK...</c>: papermill for Polyglot C# notebooks. Loads and
/// parameterizes every notebook first (bad input: exit 2, nothing written), runs each, exports
/// all figures in one batch, writes the executed copies, then reports (a failed cell: exit 1).
/// </summary>
internal static class RunCommand
{
    /// <summary>One run: the notebooks and what to do with them.</summary>
    internal sealed record Request
    {
        public required IReadOnlyList<string> Notebooks { get; init; }
        public string OutputFolder { get; init; } = "artifacts";
        public IReadOnlyList<string> Parameters { get; init; } = [];
        public TimeSpan? CellTimeout { get; init; }
        public bool RequireImages { get; init; }
    }

    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebook") { Description = "Notebooks (.ipynb) to run, in order", Arity = ArgumentArity.OneOrMore };
        var output = OutputOption();
        var parameters = new Option<string[]>("--parameter", "-p")
        {
            Description = "name=value for a variable of the cell tagged 'parameters' (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = new Option<double?>("--timeout") { Description = "Seconds a cell may run before the notebook fails" };
        var requireImages = RequireImagesOption();
        var command = new Command("run", "Run notebooks headless: executed copies to OUT/notebooks, charts to OUT/charts.")
        {
            notebooks, output, parameters, timeout, requireImages,
        };
        command.SetAction((result, cancellationToken) => Guard.RunAsync(async () =>
        {
            // Made first, so the browser starts with the notebooks.
            await using var charts = new PlotlyChartWriter();
            return await ExecuteAsync(
            new Request
            {
                Notebooks = result.GetValue(notebooks)!,
                OutputFolder = result.GetValue(output)!,
                Parameters = result.GetValue(parameters) ?? [],
                CellTimeout = result.GetValue(timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                RequireImages = result.GetValue(requireImages),
            },
            charts, Console.Out, Console.Error, cancellationToken);
        }));
        return command;
    }

    internal static Option<string> OutputOption() => new("--out")
    {
        Description = "Folder for notebooks/ and charts/",
        DefaultValueFactory = _ => "artifacts",
    };

    internal static Option<bool> RequireImagesOption() => new("--require-images")
    {
        Description = "Fail (exit 1) when no browser is found to render PNG/SVG",
    };

    /// <exception cref="AnalysisKitException">Bad input: a missing or malformed notebook, a bad parameter, an --out folder that cannot be written or is in use.</exception>
    internal static async Task<int> ExecuteAsync(
        Request request, IChartWriter charts, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // Warming while the notebooks are read and checked: the first cell does not wait for the compiler.
        using var kernels = new WarmKernels(request.Notebooks.Count);
        var notebooks = Load(request);
        // Checked and held before anything runs: a bad --out must not cost the whole run.
        using var folderLock = OutputFolderLock.Take(request.OutputFolder);
        var results = new List<(LoadedNotebook Notebook, ExecutionResult Result)>();
        var executor = new NotebookExecutor(new ExecutorOptions { CellTimeout = request.CellTimeout }, kernels);
        // Not awaited: a warm-up that failed would fail the same way in the notebook that needs it.
        _ = KitWarmUp.StartAsync(cancellationToken);
        var (progress, live) = Progress(output);
        try
        {
            foreach (var notebook in notebooks)
            {
                // As papermill does: the executed copy so far is on disk after every cell.
                var result = await executor.ExecuteAsync(notebook.Parameterized, notebook.Path, progress,
                    executed => AtomicFile.WriteAllText(notebook.OutputPath, NotebookSerializer.Serialize(executed)), cancellationToken);
                results.Add((notebook, result));
            }
        }
        finally
        {
            if (live is not null)
                await live.DisposeAsync();
        }

        var figures = results.SelectMany(r => NotebookFigures.Find(r.Result.Notebook)
            .Select((json, k) => new FigureToExport($"{r.Notebook.Name}-{k + 1}", json))).ToList();
        var chartsFolder = Path.Combine(request.OutputFolder, "charts");
        FigureExportReport? report = null;
        string? exportFailure = null;
        try
        {
            report = await new FigureExporter(charts).ExportAsync(figures, chartsFolder, cancellationToken);
        }
        catch (AnalysisKitException ex)
        {
            // The notebooks ran: write them without images, then fail.
            exportFailure = $"charts: {ex.ToOneLine()}";
        }

        var offset = 0;
        foreach (var (notebook, result) in results)
        {
            var executed = result.Notebook;
            var count = NotebookFigures.Find(executed).Count;
            if (report?.Pngs is { } pngs && count > 0)
                executed = NotebookFigures.WithPngs(executed, pngs.Skip(offset).Take(count).ToList());
            offset += count;
            AtomicFile.WriteAllText(notebook.OutputPath, NotebookSerializer.Serialize(executed));
        }

        var failed = false;
        foreach (var (_, result) in results.Where(r => r.Result.Failure is not null))
        {
            error.WriteLine(result.Failure!.ToOneLine());
            failed = true;
        }
        if (exportFailure is not null)
        {
            error.WriteLine(exportFailure);
            failed = true;
        }
        else if (report is { ImagesSkipped: true })
        {
            (request.RequireImages ? error : output).WriteLine(
                request.RequireImages ? $"error: {report.Hint} (--require-images)" : report.Hint);
            failed |= request.RequireImages;
        }
        else if (report is { Figures: > 0 })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"charts: {report.Figures} figure{(report.Figures == 1 ? "" : "s")} to {chartsFolder} (html, svg, png), {report.Elapsed.TotalSeconds:0.0} s"));
        }
        return failed ? ExitCodes.Failed : ExitCodes.Ok;
    }

    /// <summary>
    /// Notebook parameters the runner sets by convention: <c>outDir</c>, where a notebook exports
    /// its own charts and tables, and <c>exportImages</c>, whether it renders PNG/SVG itself.
    /// </summary>
    /// <remarks>
    /// <c>outDir</c> is relative to the notebook's folder (cells run there), so the executed copy
    /// does not carry this machine's absolute paths.
    /// </remarks>
    internal static IEnumerable<KeyValuePair<string, string>> RunnerParameters(Request request, string notebookPath) =>
    [
        new("outDir", Path.GetRelativePath(
            Path.GetDirectoryName(Path.GetFullPath(notebookPath))!,
            Path.GetFullPath(Path.Combine(request.OutputFolder, "charts"))).Replace('\\', '/')),
        new("exportImages", "false"),
    ];

    private sealed record LoadedNotebook(string Path, string Name, string OutputPath, Notebook Parameterized);

    private static List<LoadedNotebook> Load(Request request)
    {
        var parsed = request.Notebooks.Select(path => (Path: path, Notebook: Read(path))).ToList();

        var values = request.Parameters.Select(NotebookParameters.ParseArgument).ToList();
        var declared = parsed.ToDictionary(p => p.Path, p => NotebookParameters.Declared(p.Notebook).Select(d => d.Name).ToHashSet());
        var known = declared.Values.SelectMany(names => names).Distinct().ToList();
        foreach (var (name, _) in values.Where(v => !known.Contains(v.Key)))
            throw new AnalysisKitException(known.Count == 0
                ? $"-p {name}: no notebook has a cell tagged 'parameters'"
                : $"-p {name}: unknown parameter; the notebooks declare {string.Join(", ", known)}");

        var loaded = new List<LoadedNotebook>();
        foreach (var (path, notebook) in parsed)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var outputPath = Path.Combine(request.OutputFolder, "notebooks", name + ".ipynb");
            if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(path), StringComparison.Ordinal))
                throw new AnalysisKitException($"the executed copy would overwrite the notebook itself; choose another --out", path);
            if (loaded.Any(l => l.Name == name))
                throw new AnalysisKitException($"two notebooks are named '{name}'; their outputs would collide", path);
            // With several notebooks, each takes the values it declares.
            var mine = values.Where(v => declared[path].Contains(v.Key)).ToList();
            // Values the runner supplies unless -p gives them: a notebook's own exports follow
            // --out, and leave PNG/SVG to the run's single browser (the Export stage).
            foreach (var supplied in RunnerParameters(request, path))
                if (declared[path].Contains(supplied.Key) && !mine.Any(v => v.Key == supplied.Key))
                    mine.Add(supplied);
            loaded.Add(new LoadedNotebook(path, name, outputPath, CellIds.MakeValid(NotebookParameters.Inject(notebook, mine, path))));
        }
        return loaded;
    }

    private static Notebook Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnalysisKitException(ex is FileNotFoundException or DirectoryNotFoundException ? "no such notebook" : ex.Message, path, inner: ex);
        }
        var notebook = NotebookSerializer.Parse(text, path);
        CellLanguage.RequireCSharp(notebook, path);
        return notebook;
    }

    // A live line per notebook on a terminal; plain lines when output goes to a log.
    private static (IRunProgress Progress, LiveRunProgress? Live) Progress(TextWriter output)
    {
        if (output != Console.Out || Console.IsOutputRedirected)
            return (new PlainRunProgress(output), null);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Capabilities.Interactive)
            return (new PlainRunProgress(output), null);
        var live = new LiveRunProgress(console);
        return (live, live);
    }
}
