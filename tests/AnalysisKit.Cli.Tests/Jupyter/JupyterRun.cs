using System.Text.Json;

namespace AnalysisKit.Cli.Tests.Jupyter;

/// <summary>What one run left: the driver's exit code and output, and the executed notebooks by name.</summary>
public sealed record JupyterRun(
    JupyterRuns.Corpus Corpus, int ExitCode, string Output, JsonElement KernelSpec, string OutDir,
    IReadOnlyList<string> LeftoverProcesses, IReadOnlyDictionary<string, JsonElement> Executed)
{
    /// <summary>The end of the driver's output (the kernel logs its start-up there too).</summary>
    public string OutputTail => Output.Length <= 4000 ? Output : "…" + Output[^4000..];

    public JsonElement Notebook(string name) =>
        Executed.TryGetValue(name, out var notebook) ? notebook : throw new Xunit.Sdk.XunitException($"{name} was not executed:\n{OutputTail}");

    public IEnumerable<JsonElement> CodeCells(string notebook) =>
        Notebook(notebook).GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code");

    public JsonElement Cell(string notebook, string id) =>
        CodeCells(notebook).Single(c => c.GetProperty("id").GetString() == id);
}
