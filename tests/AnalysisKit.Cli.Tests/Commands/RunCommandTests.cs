using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Cli.Export;
using AnalysisKit.Cli.Notebooks;
using AnalysisKit.Cli.Tests.Export;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

[Collection(NotebookRuns.Name)]
public class RunCommandTests
{
    private static readonly string TestAssembly = typeof(FigureLike).Assembly.Location;

    private sealed record Run(int ExitCode, string Output, string Error, string OutFolder)
    {
        public Notebook Executed(string name = "test") =>
            NotebookSerializer.Parse(File.ReadAllText(Path.Combine(OutFolder, "notebooks", name + ".ipynb")), name);
    }

    private static async Task<Run> RunAsync(
        IReadOnlyList<string> notebooks, IChartWriter? charts = null, string[]? parameters = null,
        double? timeout = null, bool requireImages = false)
    {
        var outFolder = TestNotebooks.TempFolder();
        var (output, error) = (new StringWriter(), new StringWriter());
        var request = new RunCommand.Request
        {
            Notebooks = notebooks,
            OutputFolder = outFolder,
            Parameters = parameters ?? [],
            CellTimeout = timeout is { } s ? TimeSpan.FromSeconds(s) : null,
            RequireImages = requireImages,
        };
        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(request, charts ?? new FakeChartWriter(true), output, error, default), error);
        return new Run(code, output.ToString(), error.ToString(), outFolder);
    }

    [Fact]
    public async Task A_good_notebook_exits_0_with_one_plain_line_and_its_executed_copy_beside_the_untouched_input()
    {
        var path = TestNotebooks.Save(TestNotebooks.CSharp("var a = 40;", "a + 2"));
        var input = File.ReadAllText(path);

        var run = await RunAsync([path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches($@"^run {System.Text.RegularExpressions.Regex.Escape(path)}: 2 cells, ok, \d+\.\d s\n$", run.Output.ReplaceLineEndings("\n"));
        Assert.Equal("42", run.Executed().Cells[1].Outputs.Single().PlainText());
        Assert.Equal(input, File.ReadAllText(path));
    }

    [Fact]
    public async Task A_notebook_saved_by_vs_code_runs_and_keeps_every_field_the_runner_does_not_own()
    {
        var path = Fixture.Path("polyglot.approved.ipynb");
        var original = NotebookSerializer.Parse(File.ReadAllText(path), path);

        var run = await RunAsync([path]);

        Assert.Equal(0, run.ExitCode);
        var executed = run.Executed("polyglot.approved");
        Assert.Equal(
            [(CellOutput.DisplayDataType, "1"), (CellOutput.ExecuteResultType, "42")],
            executed.Cells[2].Outputs.Select(o => (o.OutputType, o.PlainText())));
        // Without run results, the executed copy is the original, field for field.
        var withoutRun = executed with
        {
            Metadata = executed.Metadata.Remove(RunMetadata.Key),
            Cells = executed.Cells.Select((c, i) => c with
            {
                Metadata = c.Metadata.Remove(RunMetadata.Key),
                // nbformat 4.5 wants an id on every cell: the fixture's raw cell has none and gets one.
                Id = original.Cells[i].Id ?? (c.Id is { Length: > 0 } ? null : "missing"),
                Outputs = original.Cells[i].Outputs,
                ExecutionCount = original.Cells[i].ExecutionCount,
            }).ToList(),
        };
        Assert.Equal(File.ReadAllText(path), NotebookSerializer.Serialize(withoutRun));
    }

    [Fact]
    public async Task A_failing_cell_exits_1_naming_the_cell_and_the_partial_notebook_is_written()
    {
        var path = TestNotebooks.Save(TestNotebooks.CSharp("var a = 1;", "var b = 2;\nthrow new InvalidOperationException(\"boom\");", "var c = 3;"));

        var run = await RunAsync([path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: cell 2: System.InvalidOperationException: boom", run.Error.Trim());
        var cells = run.Executed().Cells;
        Assert.Equal(CellOutput.ErrorType, cells[1].Outputs.Single().OutputType);
        Assert.Equal(["ok", "error", "skipped"], cells.Select(c => c.Status()));
        Assert.Equal("error", run.Executed().Metadata[RunMetadata.Key].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cell_past_the_timeout_exits_1_naming_the_cell()
    {
        var path = TestNotebooks.Save(TestNotebooks.CSharp("var a = 1;", "await Task.Delay(-1);"));

        var run = await RunAsync([path], timeout: 5);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{path}: cell 2: timed out after 5 s", run.Error.Trim());
    }

    public static TheoryData<string, string> MalformedNotebooks => new()
    {
        { "{\n  \"cells\": [\n    oops\n  ]\n}", ":3: not valid JSON" },
        { """{"cells": [], "metadata": {}, "nbformat": 3}""", ": nbformat 3 is not supported (need 4)" },
        { """{"metadata": {}, "nbformat": 4}""", ": not a notebook: no 'cells' array" },
        { """{"cells": [{"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": "fsharp"}}, "source": "1"}], "nbformat": 4}""", ": cell 1 is a 'fsharp' cell; analysiskit runs C# cells only" },
    };

    [Theory]
    [MemberData(nameof(MalformedNotebooks))]
    public async Task A_malformed_notebook_exits_2_with_one_line_naming_the_file_and_nothing_is_written(string json, string message)
    {
        var good = TestNotebooks.Save(TestNotebooks.CSharp("1"));
        var bad = Path.Combine(TestNotebooks.TempFolder(), "bad.ipynb");
        File.WriteAllText(bad, json);

        var run = await RunAsync([good, bad]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {bad}{message}", run.Error);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(run.OutFolder, "notebooks")));
    }

    [Fact]
    public async Task A_missing_notebook_exits_2()
    {
        var run = await RunAsync([Path.Combine(TestNotebooks.TempFolder(), "none.ipynb")]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.ipynb: no such notebook", run.Error);
    }

    [Theory]
    [InlineData(new string[0], null, "False")]
    [InlineData(new[] { "outDir=/elsewhere", "exportImages=true" }, "/elsewhere", "True")]
    public async Task A_notebooks_outDir_follows_the_out_folder_and_its_images_are_left_to_the_runner_unless_p_says_otherwise(
        string[] parameters, string? expectedFolder, string expectedImages)
    {
        var notebook = TestNotebooks.CSharp() with
        {
            Cells =
            [
                TestNotebooks.Code("var outDir = \"../artifacts/charts\";\nvar exportImages = true;").Tagged("parameters"),
                TestNotebooks.Code("$\"{outDir}|{exportImages}\""),
            ],
        };
        var path = TestNotebooks.Save(notebook);
        var run = await RunAsync([path], parameters: parameters);

        Assert.Equal(0, run.ExitCode);
        // Relative to the notebook's folder, where cells run: the copy holds no absolute path of this machine.
        var relative = Path.GetRelativePath(Path.GetDirectoryName(path)!, Path.Combine(run.OutFolder, "charts"));
        Assert.Equal($"{expectedFolder ?? relative}|{expectedImages}",
            run.Executed().Cells[2].Outputs.Single().PlainText());
        Assert.DoesNotContain(run.OutFolder, run.Executed().Cells[1].Source);
    }

    [Fact]
    public async Task Parameters_given_with_p_are_injected_and_typed()
    {
        var notebook = TestNotebooks.CSharp() with
        {
            Cells = [TestNotebooks.Code("var count = 1;\nvar label = \"x\";").Tagged("parameters"), TestNotebooks.Code("$\"{label}:{count * 2}\"")],
        };
        var path = TestNotebooks.Save(notebook);

        var run = await RunAsync([path], parameters: ["count=21", "label=answer"]);
        var unknown = await RunAsync([path], parameters: ["colour=red"]);

        Assert.Equal(0, run.ExitCode);
        var cells = run.Executed().Cells;
        Assert.Equal(["injected-parameters"], cells[1].Tags);
        Assert.Equal("answer:42", cells[2].Outputs.Single().PlainText());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("error: -p colour: unknown parameter; the notebooks declare count, label", unknown.Error.Trim());
    }

    private static string FigureNotebook() => TestNotebooks.Save(TestNotebooks.CSharp(
        $"#r \"{TestAssembly}\"\nusing AnalysisKit.Cli.Tests.Notebooks;",
        "display(new FigureLike(\"one\"));\nConsole.WriteLine(\"between\");\nnew FigureLike(\"two\")"));

    [Fact]
    public async Task Every_figure_is_exported_as_NAME_K_and_gets_its_png_in_the_notebook()
    {
        var charts = new FakeChartWriter(browser: true);
        var run = await RunAsync([FigureNotebook()], charts);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["test-1", "test-2"], Assert.Single(charts.Batches).Select(f => f.Name));
        var outputs = run.Executed().Cells[1].Outputs;
        Assert.Equal(Convert.ToBase64String(FakeChartWriter.PngOf("test-1")), outputs[0].Data!["image/png"].GetString());
        Assert.Equal(Convert.ToBase64String(FakeChartWriter.PngOf("test-2")), outputs[2].Data!["image/png"].GetString());
        Assert.False(outputs[0].Data!.ContainsKey("text/html"), "the PNG replaces the heavy HTML fallback");
        Assert.Contains($"charts: 2 figures to {Path.Combine(run.OutFolder, "charts")} (html, svg, png)", run.Output);
    }

    [Fact]
    public async Task Figures_of_several_notebooks_are_exported_in_one_batch()
    {
        var charts = new FakeChartWriter(browser: true);
        var first = FigureNotebook();
        var second = Path.Combine(Path.GetDirectoryName(first)!, "second.ipynb");
        File.Copy(first, second);

        var run = await RunAsync([first, second], charts);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["test-1", "test-2", "second-1", "second-2"], Assert.Single(charts.Batches).Select(f => f.Name));
        Assert.True(run.Executed("second").Cells[1].Outputs[2].Data!.ContainsKey("image/png"));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Without_a_browser_html_is_written_with_the_hint_and_require_images_makes_it_an_error(bool requireImages, int exitCode)
    {
        var run = await RunAsync([FigureNotebook()], new FakeChartWriter(browser: false), requireImages: requireImages);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(ExportResult.NoBrowserHint, requireImages ? run.Error : run.Output);
        Assert.True(File.Exists(Path.Combine(run.OutFolder, "charts", "test-1.html")));
        Assert.False(run.Executed().Cells[1].Outputs[0].Data!.ContainsKey("image/png"));
        Assert.True(run.Executed().Cells[1].Outputs[0].Data!.ContainsKey("text/html"), "without a PNG the HTML fallback stays");
    }

    [Fact]
    public async Task The_real_exporter_renders_a_library_figure_when_a_browser_exists()
    {
        if (ChartExporter.FindBrowser() is null)
        {
            // Nothing to prove without Chromium; CI installs it, so there a missing browser fails.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true and no Chromium");
            return;
        }
        var library = typeof(Figure).Assembly.Location;
        var path = TestNotebooks.Save(TestNotebooks.CSharp(
            $"#r \"{library}\"\nusing AnalysisKit.Charts;",
            "Chart.Bar(new[] { \"a\", \"b\" }, new[] { 1, 2 }, name: \"n\").WithTitle(\"t\")"));

        // Disposed here: the writer owns a browser, which would otherwise outlive the test with its profile.
        await using var charts = new PlotlyChartWriter(new ImageOptions { Width = 300, Height = 200, Scale = 1 });
        var run = await RunAsync([path], charts);

        Assert.Equal(0, run.ExitCode);
        var png = Convert.FromBase64String(run.Executed().Cells[1].Outputs.Single().Data!["image/png"].GetString()!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(run.OutFolder, "charts", "test-1.svg")));
        Assert.Equal(JsonValueKind.Object, run.Executed().Cells[1].Outputs.Single().Data!["application/vnd.plotly.v1+json"].ValueKind);
    }

    [Fact]
    public async Task The_executed_copy_is_on_disk_after_each_cell_while_the_run_goes_on()
    {
        var outFolder = TestNotebooks.TempFolder();
        var copy = Path.Combine(outFolder, "notebooks", "test.ipynb").Replace("\\", "/");
        var path = TestNotebooks.Save(TestNotebooks.CSharp("var a = 1;", $"System.IO.File.ReadAllText(\"{copy}\").Contains(\"\\\"execution_count\\\": 1\")"));
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(
            new RunCommand.Request { Notebooks = [path], OutputFolder = outFolder }, new FakeChartWriter(true), output, error, default), error);

        Assert.Equal(0, code);
        Assert.Equal("True", NotebookSerializer.Parse(File.ReadAllText(copy), copy).Cells[1].Outputs.Single().PlainText());
    }

    [Fact]
    public async Task An_out_that_is_a_file_exits_2_with_one_line_before_any_notebook_runs()
    {
        var file = Path.Combine(TestNotebooks.TempFolder(), "taken");
        File.WriteAllText(file, "not a folder");
        var marker = Path.Combine(TestNotebooks.TempFolder(), "ran").Replace("\\", "/");
        var path = TestNotebooks.Save(TestNotebooks.CSharp($"System.IO.File.WriteAllText(\"{marker}\", \"x\");"));
        var error = new StringWriter();

        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(
            new RunCommand.Request { Notebooks = [path], OutputFolder = file }, new FakeChartWriter(true), new StringWriter(), error, default), error);

        Assert.Equal(2, code);
        Assert.Equal($"error: {file}: --out names a file; give a folder", error.ToString().Trim());
        Assert.False(File.Exists(marker));
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public async Task A_second_run_into_the_same_out_folder_is_refused_while_the_first_holds_it()
    {
        var outFolder = TestNotebooks.TempFolder();
        var path = TestNotebooks.Save(TestNotebooks.CSharp("1"));
        var error = new StringWriter();

        int code;
        using (OutputFolderLock.Take(outFolder))
        {
            code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(
                new RunCommand.Request { Notebooks = [path], OutputFolder = outFolder }, new FakeChartWriter(true), new StringWriter(), error, default), error);
        }
        Assert.Equal(2, code);
        Assert.Equal($"error: {outFolder}: another analysiskit run is writing to this folder; wait for it or choose another --out", error.ToString().Trim());
        Assert.False(Directory.Exists(Path.Combine(outFolder, "notebooks")));

        var after = await Guard.RunAsync(() => RunCommand.ExecuteAsync(
            new RunCommand.Request { Notebooks = [path], OutputFolder = outFolder }, new FakeChartWriter(true), new StringWriter(), new StringWriter(), default));

        Assert.Equal(0, after);
        Assert.False(File.Exists(Path.Combine(outFolder, OutputFolderLock.LockFileName)), "the lock goes with its run");
    }

    [Fact]
    public async Task An_executed_notebook_with_injected_parameters_figures_and_an_error_is_valid_nbformat_4_5()
    {
        const string python = "/usr/bin/python3";
        var notebook = TestNotebooks.CSharp() with
        {
            FormatMinor = 4,
            Cells =
            [
                TestNotebooks.Markdown("# Title") with { Id = "same" },
                TestNotebooks.Code("var outDir = \"charts\";\nvar n = 1;").Tagged("parameters") with { Id = "same" },
                TestNotebooks.Code($"#r \"{TestAssembly}\"\nusing AnalysisKit.Cli.Tests.Notebooks;\nConsole.WriteLine(n);"),
                TestNotebooks.Code("display(new FigureLike(\"one\"));\nnew TableLike(3)"),
                TestNotebooks.Code("throw new InvalidOperationException(\"boom\");"),
                TestNotebooks.Code("1"),
            ],
        };
        var run = await RunAsync([TestNotebooks.Save(notebook)], parameters: ["n=2"]);
        var executed = Path.Combine(run.OutFolder, "notebooks", "test.ipynb");
        var validate = new System.Diagnostics.ProcessStartInfo(python, ["-c", "import sys, nbformat; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print('valid')", executed])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = System.Diagnostics.Process.Start(validate)!;
        var (stdout, stderr) = (await process.StandardOutput.ReadToEndAsync(), await process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.True(process.ExitCode == 0, stderr);
        Assert.Equal("valid", stdout.Trim());
        var ids = run.Executed().Cells.Select(c => c.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("injected-parameters", ids[2]);
    }

    [Fact]
    public async Task An_output_folder_that_would_overwrite_the_input_is_refused()
    {
        var folder = TestNotebooks.TempFolder();
        var path = Path.Combine(folder, "notebooks", "test.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, NotebookSerializer.Serialize(TestNotebooks.CSharp("1")));
        var error = new StringWriter();

        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(
            new RunCommand.Request { Notebooks = [path], OutputFolder = folder }, new FakeChartWriter(true), new StringWriter(), error, default), error);

        Assert.Equal(2, code);
        Assert.Contains("would overwrite the notebook itself", error.ToString());
    }
}
