using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

/// <summary>The failure contract as a user meets it: the built CLI as a process, its exit code and its streams.</summary>
[Collection(NotebookRuns.Name)]
public class CommandLineProcessTests
{
    public static TheoryData<string> Verbs => ["run", "figures"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task An_out_folder_the_run_cannot_write_exits_2_with_one_line_before_any_notebook_runs(string verb)
    {
        var (notebookArguments, marker) = NotebookThatLeavesAMarker(verb);
        using var readOnly = UnwritableFolder.Make();

        var run = await CliProcess.RunAsync([verb, .. notebookArguments, "--out", readOnly.Path]);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode} with --out on a folder made unwritable by {readOnly.How}: {run.Error}");
        Assert.StartsWith($"error: {readOnly.Path}: --out is not a folder this run can write: ", OneLine(run.Error));
        Assert.False(File.Exists(marker), "a notebook ran before --out was checked");
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task An_out_that_is_an_existing_file_exits_2_with_one_line_before_any_notebook_runs_and_the_file_is_kept(string verb)
    {
        var (notebookArguments, marker) = NotebookThatLeavesAMarker(verb);
        var file = Path.Combine(TestNotebooks.TempFolder(), "taken");
        File.WriteAllText(file, "not a folder");

        var run = await CliProcess.RunAsync([verb, .. notebookArguments, "--out", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {file}: --out names a file; give a folder", OneLine(run.Error));
        Assert.False(File.Exists(marker), "a notebook ran before --out was checked");
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("figures", "--bogus")]
    [InlineData("run")]
    [InlineData("extract", "--format")]
    [InlineData("no-such-verb")]
    public async Task A_usage_error_exits_2(params string[] arguments)
    {
        var run = await CliProcess.RunAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual("", run.Error.Trim());
    }

    [Theory]
    [InlineData("figures")]
    [InlineData("run")]
    [InlineData("extract")]
    [InlineData("eval")]
    [InlineData("bench-extract")]
    public async Task Help_states_each_default_once_and_no_path_of_the_build(string verb)
    {
        var run = await CliProcess.RunAsync(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var line in run.Output.Split('\n').Where(l => l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
        {
            var defaults = line.Split("default", StringSplitOptions.None).Length - 1;
            Assert.True(defaults <= 1, $"a default stated {defaults} times: {line}");
        }
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), run.Output);
        Assert.DoesNotContain("/bin/", run.Output);
    }

    // A folder holding one notebook that writes a marker file when it runs: run takes the
    // notebook, figures its folder.
    private static (string[] Arguments, string Marker) NotebookThatLeavesAMarker(string verb)
    {
        var marker = Path.Combine(TestNotebooks.TempFolder(), "ran").Replace("\\", "/");
        var notebook = TestNotebooks.Save(TestNotebooks.CSharp($"System.IO.File.WriteAllText(\"{marker}\", \"x\");"));
        return (verb == "figures" ? ["--notebooks", Path.GetDirectoryName(notebook)!] : [notebook], marker);
    }

    private static string OneLine(string error)
    {
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length == 1, $"expected one line on stderr, got {lines.Length}:\n{error}");
        return lines[0];
    }
}
