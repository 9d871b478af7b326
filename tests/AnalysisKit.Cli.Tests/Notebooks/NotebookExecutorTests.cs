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
        var result = await fixture.RunAsync(TestNotebooks.CSharp("display(\"hello\");\ndisplay(7);\n1 + 1"));

        var outputs = result.Notebook.Cells[0].Outputs;
        Assert.Equal(
            [(CellOutput.DisplayDataType, "hello"), (CellOutput.DisplayDataType, "7"), (CellOutput.ExecuteResultType, "2")],
            outputs.Select(o => (o.OutputType, o.PlainText())));
    }

    [Fact]
    public async Task A_statement_without_a_value_leaves_no_result_and_a_null_value_shows_as_the_kernel_shows_it()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("var s = \"x\";", "string n = null; n"));

        Assert.Empty(result.Notebook.Cells[0].Outputs);
        Assert.Equal(CellOutput.ExecuteResultType, Assert.Single(result.Notebook.Cells[1].Outputs).OutputType);
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
        // The kernel takes #r only before the cell's code, as C# scripts do.
        var missing = await fixture.RunAsync(TestNotebooks.CSharp("// the library\n#r \"lib/Missing.dll\""), notebookPath);

        Assert.Equal("AnalysisKitException", found.Notebook.Cells[0].Outputs.Single().PlainText());
        Assert.Equal(2, missing.Failure!.CellLine);
        Assert.Contains("lib/Missing.dll", missing.Failure.Message);
    }

    [Fact]
    public async Task A_nuget_package_is_restored_by_the_kernel_and_its_assemblies_referenced()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            "#r \"nuget: Humanizer.Core, 2.14.1\"",
            "using Humanizer;\n\"claims_per_source\".Humanize()"));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("claims per source", result.Notebook.Cells[1].Outputs.Single().PlainText());
        // The kernel's install progress is one display, updated in place to its final state.
        var install = Assert.Single(result.Notebook.Cells[0].Outputs);
        Assert.Contains("Installed Packages", install.TextOf("text/html"));
    }

    [Fact]
    public async Task A_packages_interactive_extension_is_loaded_into_the_kernel_as_dotnet_interactive_does()
    {
        var source = KernelExtensionPackage.WriteSource();

        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            $"#i \"nuget: {source}\"\n#r \"nuget: {KernelExtensionPackage.Id}, {KernelExtensionPackage.Version}\""));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Contains(result.Notebook.Cells[0].Outputs, o => o.PlainText() == KernelExtensionPackage.LoadedMessage);
    }

    [Fact]
    public async Task A_nuget_package_that_does_not_exist_fails_its_cell()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp("#r \"nuget: AnalysisKit.No.Such.Package, 1.0.0\""));

        Assert.Equal(0, result.Failure!.CellIndex);
        Assert.Contains("AnalysisKit.No.Such.Package", result.Failure.Message);
    }

    [Fact]
    public async Task An_exception_stops_the_run_at_its_cell_and_later_cells_are_skipped()
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            "var a = 1;",
            "Console.WriteLine(\"before\");\nvar b = 2;\nthrow new InvalidOperationException(\"boom\");",
            "var c = 3;"));

        var failure = result.Failure!;
        Assert.Equal(1, failure.CellIndex);
        Assert.Equal(2, failure.ExecutionCount);
        // The kernel compiles cells without line information, so an exception names only its cell.
        Assert.Null(failure.CellLine);
        Assert.Equal("cell 2: System.InvalidOperationException: boom", failure.Message);
        var cells = result.Notebook.Cells;
        Assert.Equal(["ok", "error", "skipped"], cells.Select(c => c.Status()));
        Assert.Equal("before\n", cells[1].Outputs[0].Text);
        var error = cells[1].Outputs[1];
        Assert.Equal((CellOutput.ErrorType, "System.InvalidOperationException", "boom"), (error.OutputType, error.EName, error.EValue));
        Assert.Contains(error.Traceback!, l => l.Contains("System.InvalidOperationException: boom"));
        Assert.DoesNotContain(error.Traceback!, l => l.Contains("Microsoft.DotNet.Interactive."));
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
        var executor = new NotebookExecutor(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(3) });
        var result = await executor.ExecuteAsync(TestNotebooks.CSharp("var a = 1;", endless, "a"), Path.Combine(Path.GetTempPath(), "t.ipynb"));

        Assert.Equal("cell 2: timed out after 3 s", result.Failure!.Message);
        Assert.Null(result.Failure.CellLine);
        Assert.Equal(["ok", "error", "skipped"], result.Notebook.Cells.Select(c => c.Status()));
    }

    [Theory]
    [InlineData("#!nosuchmagic\n1", 1, "Unknown magic command '#!nosuchmagic'")]
    [InlineData("var a = 1;\n#!fsharp\nlet b = 2", 2, "Unknown magic command '#!fsharp'")]
    public async Task A_magic_the_kernel_does_not_know_fails_its_cell_at_its_line(string source, int line, string message)
    {
        var result = await fixture.RunAsync(TestNotebooks.CSharp(source));
        Assert.Equal(line, result.Failure!.CellLine);
        Assert.Contains(message, result.Failure.Message);
    }

    [Fact]
    public async Task Markdown_cells_are_kept_as_they_are_and_cells_are_stamped_with_times_from_the_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var executor = new NotebookExecutor(new ExecutorOptions { Clock = clock });
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

        // The real kernel does not import System.IO.
        var result = await fixture.RunAsync(TestNotebooks.CSharp("System.IO.File.ReadAllText(\"data.txt\")"), Path.Combine(folder, "n.ipynb"));

        Assert.Equal("from the notebook folder", result.Notebook.Cells[0].Outputs.Single().PlainText());
        Assert.Equal(before, Environment.CurrentDirectory);
    }

    [Fact]
    public async Task Cells_are_named_as_the_users_notebook_numbers_them_the_injected_cell_not_counted()
    {
        var user = TestNotebooks.CSharp("var a = 1;") with
        {
            Cells =
            [
                TestNotebooks.Markdown("# Title"),
                TestNotebooks.Code("var n = 1;").Tagged(NotebookParameters.ParametersTag),
                TestNotebooks.Code("var m = n;"),
                TestNotebooks.Code("throw new InvalidOperationException(\"third\");"),
            ],
        };
        var injected = NotebookParameters.Inject(user, [new("n", "2")], "p.ipynb");

        var result = await fixture.RunAsync(injected);

        Assert.Equal(5, result.Notebook.Cells.Count);
        Assert.Equal("cell 4: System.InvalidOperationException: third", result.Failure!.Message);
        Assert.StartsWith("4 cells, failed at cell 4, ", RunSummary.Of(result));
    }

    [Fact]
    public async Task A_failing_injected_cell_is_named_as_such()
    {
        var user = TestNotebooks.CSharp("var n = 1;") with { Cells = [TestNotebooks.Code("int n = 1;").Tagged(NotebookParameters.ParametersTag)] };
        var injected = NotebookParameters.Inject(user, [new("n", "2")], "p.ipynb");
        // A later redeclaration with another type is what a hand-edited injected cell can do.
        var broken = injected with { Cells = [injected.Cells[0], injected.Cells[1] with { Source = "string n = \"2\";\nint q = \"x\";" }] };

        var result = await fixture.RunAsync(broken);

        Assert.StartsWith("the injected-parameters cell (after cell 1) (line 2): error CS0029", result.Failure!.Message);
    }

    [Fact]
    public async Task The_executed_copy_so_far_is_handed_on_after_every_cell()
    {
        var copies = new List<Notebook>();

        await fixture.RunAsync(TestNotebooks.CSharp("1", "2", "throw new Exception(\"x\");", "4"), checkpoint: copies.Add);

        Assert.Equal(3, copies.Count);
        Assert.Equal([1, null, null, null], copies[0].Cells.Select(c => c.ExecutionCount));
        Assert.Equal([1, 2, 3, null], copies[2].Cells.Select(c => c.ExecutionCount));
        Assert.Equal("error", copies[2].Cells[2].Status());
    }

    [Fact]
    public async Task Outputs_of_an_earlier_run_are_cleared_before_the_notebook_runs()
    {
        var stale = TestNotebooks.Code("var a = 1;") with { ExecutionCount = 9, Outputs = [CellOutput.Stream("stdout", "old\n")] };
        var notebook = TestNotebooks.CSharp() with { Cells = [TestNotebooks.Code("throw new Exception(\"x\");"), stale] };

        var result = await fixture.RunAsync(notebook);

        Assert.Null(result.Notebook.Cells[1].ExecutionCount);
        Assert.Empty(result.Notebook.Cells[1].Outputs);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override long GetTimestamp() => 0;
    }
}
