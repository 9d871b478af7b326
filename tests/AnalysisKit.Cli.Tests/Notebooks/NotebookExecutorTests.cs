using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

[Collection(NotebookRuns.Name)]
public class NotebookExecutorTests(ExecutorFixture fixture)
{
    [Fact]
    public async Task Variables_declared_in_one_cell_are_visible_in_later_cells()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("var x = 20;", "var y = x + 22;", "y"));

        Assert.True(result.Succeeded);
        var cells = result.Notebook.Cells;
        Assert.Equal([1, 2, 3], cells.Select(c => c.ExecutionCount!.Value));
        Assert.Empty(cells[0].Outputs);
        var output = Assert.Single(cells[2].Outputs);
        Assert.Equal(CellOutput.ExecuteResultType, output.OutputType);
        Assert.Equal(3, output.ExecutionCount);
        Assert.Equal("42", output.PlainText());
        Assert.All(cells, c => Assert.Equal("ok", c.Status()));
    }

    [Fact]
    public async Task Display_calls_and_the_trailing_expression_become_outputs_in_order()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("display(\"hello\");\ndisplay(new[] { 1, 2 });\n1 + 1"));

        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(
            [(CellOutput.DisplayDataType, "hello"), (CellOutput.DisplayDataType, "[1, 2]"), (CellOutput.ExecuteResultType, "2")],
            outputs.Select(o => (o.OutputType, o.PlainText())));
    }

    [Fact]
    public async Task A_statement_without_a_value_leaves_no_result()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("var s = \"x\";", "string? n = null; n"));
        Assert.All(result.Notebook.Cells, c => Assert.Empty(c.Outputs));
    }

    [Fact]
    public async Task Console_output_becomes_stream_outputs_between_displays_and_the_console_is_restored()
    {
        var before = Console.Out;
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            "Console.WriteLine(\"one\");\nConsole.Write(\"two\");\ndisplay(3);\nConsole.Error.WriteLine(\"oops\");\nConsole.WriteLine(\"four\");"));

        Assert.Same(before, Console.Out);
        Assert.Equal(
            [("stream", "stdout", "one\ntwo"), ("display_data", null, null), ("stream", "stderr", "oops\n"), ("stream", "stdout", "four\n")],
            result.Notebook.Cells[0].Outputs.Select(o => (o.OutputType, o.Name, o.Text)));
    }

    [Fact]
    public async Task A_dll_referenced_by_absolute_path_can_be_used()
    {
        var library = typeof(AnalysisKitException).Assembly.Location;
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            $"#r \"{library}\"",
            "new AnalysisKit.AnalysisKitException(\"bad\", \"gold.csv\", 7).ToOneLine()"));

        var without = await fixture.RunAsync(TestNotebooks.CSharp("new AnalysisKit.AnalysisKitException(\"bad\")"));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("gold.csv:7: bad", result.Notebook.Cells[1].Outputs[0].PlainText());
        Assert.Contains("error CS0246", without.Failure!.Message);
    }

    [Fact]
    public async Task A_dll_path_is_relative_to_the_notebook_folder_and_a_missing_one_names_the_line()
    {
        var folder = TestNotebooks.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "lib"));
        File.Copy(typeof(AnalysisKitException).Assembly.Location, Path.Combine(folder, "lib", "AnalysisKit.dll"));
        var notebookPath = Path.Combine(folder, "n.ipynb");

        var found = await fixture.RunAsync(TestNotebooks.CSharp(
            "#!csharp\n#r \"lib/AnalysisKit.dll\"\ntypeof(AnalysisKit.AnalysisKitException).Name"), notebookPath);
        var missing = await fixture.RunAsync(TestNotebooks.CSharp("var a = 1;\n#r \"lib/Missing.dll\""), notebookPath);

        Assert.Equal("AnalysisKitException", found.Notebook.Cells[0].Outputs.Single().PlainText());
        Assert.Equal(2, missing.Failure!.CellLine);
        Assert.Contains("lib/Missing.dll", missing.Failure.Message);
    }

    [Fact]
    public async Task A_nuget_package_already_in_the_cache_is_restored_and_loaded()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            "#r \"nuget: Newtonsoft.Json, 13.0.3\"",
            "Newtonsoft.Json.JsonConvert.SerializeObject(new { a = 1 })"));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("{\"a\":1}", result.Notebook.Cells[1].Outputs.Single().PlainText());
    }

    [Fact]
    public async Task An_exception_stops_the_run_at_its_cell_and_line_and_later_cells_are_skipped()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            "var a = 1;",
            "Console.WriteLine(\"before\");\nvar b = 2;\nthrow new InvalidOperationException(\"boom\");",
            "var c = 3;"));

        var failure = result.Failure!;
        Assert.Equal(1, failure.CellIndex);
        Assert.Equal(2, failure.ExecutionCount);
        Assert.Equal(3, failure.CellLine);
        Assert.Equal("cell 2 (line 3): System.InvalidOperationException: boom", failure.Message);
        var cells = result.Notebook.Cells;
        Assert.Equal(["ok", "error", "skipped"], cells.Select(c => c.Status()));
        Assert.Equal("before\n", cells[1].Outputs[0].Text);
        var error = cells[1].Outputs[1];
        Assert.Equal((CellOutput.ErrorType, "System.InvalidOperationException", "boom"), (error.OutputType, error.EName, error.EValue));
        Assert.Contains(error.Traceback!, l => l.Contains("#cell2:line 3"));
        Assert.Null(cells[2].ExecutionCount);
        Assert.Empty(cells[2].Outputs);
    }

    [Fact]
    public async Task A_compile_error_names_the_line_of_its_first_diagnostic()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("var a = 1;\n\nfoo(a);"));

        Assert.Equal(3, result.Failure!.CellLine);
        Assert.StartsWith("cell 1 (line 3): error CS0103: The name 'foo'", result.Failure.Message);
        Assert.Equal("CompilationError", result.Notebook.Cells[0].Outputs.Single().EName);
    }

    [Theory]
    [InlineData("await Task.Delay(System.Threading.Timeout.Infinite);")]
    [InlineData("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);")]
    public async Task A_cell_running_past_the_timeout_fails_without_hanging_the_runner(string endless)
    {
        using var executor = new NotebookExecutor(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(0.5) });
        var result = await executor.ExecuteAsync(TestNotebooks.CSharp("var a = 1;", endless, "a"), Path.Combine(Path.GetTempPath(), "t.ipynb"));

        Assert.Equal("cell 2: timed out after 0.5 s", result.Failure!.Message);
        Assert.Null(result.Failure.CellLine);
        Assert.Equal(["ok", "error", "skipped"], result.Notebook.Cells.Select(c => c.Status()));
    }

    [Theory]
    [InlineData("#!time\n1", 1, "magic command #!time is not supported")]
    [InlineData("var a = 1;\n#!fsharp\nlet b = 2", 2, "#!fsharp switches to the 'fsharp' kernel")]
    public async Task An_unsupported_magic_fails_its_cell_at_its_line(string source, int line, string message)
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(source));
        Assert.Equal(line, result.Failure!.CellLine);
        Assert.Contains(message, result.Failure.Message);
    }

    [Fact]
    public async Task Markdown_cells_are_kept_as_they_are_and_cells_are_stamped_with_times_from_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        using var executor = new NotebookExecutor(new ExecutorOptions { Clock = clock });
        var markdown = TestNotebooks.Markdown("# Title");
        var notebook = TestNotebooks.CSharp("1") with { Cells = [markdown, TestNotebooks.Code("1")] };

        var result = await executor.ExecuteAsync(notebook, Path.Combine(Path.GetTempPath(), "m.ipynb"));

        Assert.Same(markdown, result.Notebook.Cells[0]);
        var stamp = result.Notebook.Cells[1].Metadata[RunMetadata.Key];
        Assert.Equal("""{"status":"ok","start":"2025-01-02T03:04:05.000000Z","end":"2025-01-02T03:04:05.000000Z","duration":0}""", stamp.GetRawText());
        Assert.Equal("ok", result.Notebook.Metadata[RunMetadata.Key].GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_cell_runs_with_the_notebook_folder_as_current_directory()
    {
        var folder = TestNotebooks.TempFolder();
        File.WriteAllText(Path.Combine(folder, "data.txt"), "from the notebook folder");
        var before = Environment.CurrentDirectory;

        var result = await fixture.RunAsync(TestNotebooks.CSharp("File.ReadAllText(\"data.txt\")"), Path.Combine(folder, "n.ipynb"));

        Assert.Equal("from the notebook folder", result.Notebook.Cells[0].Outputs.Single().PlainText());
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override long GetTimestamp() => 0;
    }
}
