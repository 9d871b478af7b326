using JsonMap = System.Collections.Immutable.ImmutableDictionary<string, System.Text.Json.JsonElement>;
using System.Text.Json;
using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>Builds small Polyglot C# notebooks and temporary folders for the runner tests.</summary>
internal static class TestNotebooks
{
    /// <summary>A notebook of C# code cells, one per source.</summary>
    public static Notebook CSharp(params string[] sources) => new()
    {
        Cells = sources.Select(Code).ToList(),
        Metadata = JsonMap.Empty
            .SetItem("kernelspec", Json("""{"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}"""))
            .SetItem("polyglot_notebook", Json("""{"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}}""")),
    };

    public static NotebookCell Code(string source) => new()
    {
        CellType = NotebookCell.Code,
        Source = source,
        Metadata = JsonMap.Empty.SetItem("polyglot_notebook", Json("""{"kernelName": "csharp"}""")),
    };

    public static NotebookCell Markdown(string source) => new() { CellType = NotebookCell.Markdown, Source = source };

    public static NotebookCell Tagged(this NotebookCell cell, string tag) =>
        cell with { Metadata = cell.Metadata.SetItem("tags", JsonSerializer.SerializeToElement(new[] { tag })) };

    public static JsonElement Json(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    /// <summary>This test process's temp folders, removed when the notebook-run tests end.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "analysiskit-tests", Environment.ProcessId.ToString());

    /// <summary>A new empty folder under <see cref="TempRoot"/>.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(TempRoot, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Writes the notebook into a new temp folder and returns its path.</summary>
    public static string Save(Notebook notebook, string name = "test.ipynb")
    {
        var path = Path.Combine(TempFolder(), name);
        File.WriteAllText(path, NotebookSerializer.Serialize(notebook));
        return path;
    }

    public static string PlainText(this CellOutput output) => output.TextOf("text/plain") ?? "";

    public static string Status(this NotebookCell cell) =>
        cell.Metadata[RunMetadata.Key].GetProperty("status").GetString()!;
}
