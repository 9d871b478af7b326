using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// One notebook's C# state: each cell is a Roslyn script submission continuing the previous
/// one, so variables, types and references carry from cell to cell.
/// </summary>
/// <param name="notebookPath">The notebook's full path: its folder resolves relative references.</param>
internal sealed class ScriptSession(string notebookPath, NotebookGlobals globals, InteractiveAssemblyLoader loader)
{
    // Polyglot's C# kernel imports these, so cells written in VS Code compile here unchanged.
    private static readonly string[] Imports =
        ["System", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks", "System.IO", "System.Text"];

    private ScriptOptions _options = ScriptOptions.Default
        .WithImports(Imports)
        .AddReferences("System.Text.Json", "System.Net.Http", "Microsoft.CSharp")
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(Path.GetDirectoryName(notebookPath)))
        .WithSourceResolver(new SourceFileResolver([], Path.GetDirectoryName(notebookPath)))
        // Debug information (which needs an encoding) puts cell lines into exception stack traces.
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8);

    private ScriptState<object>? _state;

    /// <summary>The file name a cell's code compiles under; stack frames in the cell carry it.</summary>
    public string CellFile(int cellNumber) => $"{notebookPath}#cell{cellNumber}";

    /// <summary>Compiles and runs one cell; returns its trailing expression's value (null when none).</summary>
    /// <exception cref="CompilationErrorException">The cell does not compile.</exception>
    public async Task<object?> RunAsync(
        string code, int cellNumber, IReadOnlyList<string> newReferences, CancellationToken cancellationToken)
    {
        if (newReferences.Count > 0)
            _options = _options.AddReferences(newReferences.Select(p => MetadataReference.CreateFromFile(p)));
        var options = _options.WithFilePath(CellFile(cellNumber));
        _state = _state is null
            ? await CSharpScript.Create(code, options, typeof(NotebookGlobals), loader).RunAsync(globals, cancellationToken)
            : await _state.ContinueWithAsync(code, options, cancellationToken);
        return _state.ReturnValue;
    }
}
