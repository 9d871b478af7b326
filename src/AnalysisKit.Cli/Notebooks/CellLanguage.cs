using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Which Polyglot kernel a cell belongs to: a kernel magic on its first line, else its
/// <c>metadata.polyglot_notebook.kernelName</c> (or the older <c>dotnet_interactive.language</c>),
/// else the notebook's default kernel. Only C# runs here.
/// </summary>
internal static class CellLanguage
{
    public const string CSharp = "csharp";

    // Polyglot's kernel names and the aliases its #! magics accept.
    private static readonly Dictionary<string, string> Kernels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, [".net-csharp"] = CSharp,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", [".net-fsharp"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh", [".net-pwsh"] = "pwsh", [".net-powershell"] = "pwsh",
        ["javascript"] = "javascript", ["js"] = "javascript",
        ["html"] = "html", ["markdown"] = "markdown", ["md"] = "markdown", ["mermaid"] = "mermaid",
        ["sql"] = "sql", ["kql"] = "kql", ["http"] = "http", ["value"] = "value",
        ["python"] = "python", ["python3"] = "python", ["r"] = "r",
    };

    private static readonly Regex FirstLineMagic = new(
        @"\A\s*#!(?<name>\S+)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The kernel name a <c>#!name</c> magic selects, or null when it is not a kernel.</summary>
    public static string? KernelOfMagic(string name) => Kernels.GetValueOrDefault(name);

    /// <summary>The notebook's default kernel: Polyglot's kernelInfo, else the Jupyter kernelspec; C# when neither says.</summary>
    public static string DefaultOf(Notebook notebook)
    {
        var named = Path(notebook.Metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName")
                    ?? Path(notebook.Metadata, "kernelspec", "name")
                    ?? Path(notebook.Metadata, "kernelspec", "language");
        return named is null ? CSharp : Kernels.GetValueOrDefault(named, named);
    }

    /// <summary>The kernel that runs <paramref name="cell"/> (a code cell).</summary>
    public static string Of(NotebookCell cell, string notebookDefault)
    {
        var magic = FirstLineMagic.Match(cell.Source);
        if (magic.Success && KernelOfMagic(magic.Groups["name"].Value) is { } kernel)
            return kernel;
        var named = Path(cell.Metadata, "polyglot_notebook", "kernelName")
                    ?? Path(cell.Metadata, "dotnet_interactive", "language");
        return named is null ? notebookDefault : Kernels.GetValueOrDefault(named, named);
    }

    /// <summary>Fails on the first code cell that is not C#, before anything runs.</summary>
    /// <exception cref="AnalysisKitException">A cell of another language.</exception>
    public static void RequireCSharp(Notebook notebook, string path)
    {
        var notebookDefault = DefaultOf(notebook);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            if (cell.IsCode && Of(cell, notebookDefault) is var kernel && kernel != CSharp)
                throw new AnalysisKitException(
                    $"cell {i + 1} is a '{kernel}' cell; analysiskit runs C# cells only", path);
        }
    }

    private static string? Path(JsonMap metadata, string key, params string[] rest)
    {
        if (!metadata.TryGetValue(key, out var node))
            return null;
        foreach (var name in rest)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
                return null;
        }
        return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
    }
}
