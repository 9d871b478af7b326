using System.Collections.Immutable;
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

    /// <summary>Compiles one cell as the next submission, so that running it is all that is left.</summary>
    /// <exception cref="CompilationErrorException">The cell does not compile.</exception>
    public Script<object> Compile(string code, int cellNumber, IReadOnlyList<string> newReferences, CancellationToken cancellationToken)
    {
        if (newReferences.Count > 0)
            _options = _options.AddReferences(newReferences.Select(p => MetadataReference.CreateFromFile(p)));
        var options = _options.WithFilePath(CellFile(cellNumber));
        var script = _state is null
            ? CSharpScript.Create(code, options, typeof(NotebookGlobals), loader)
            : _state.Script.ContinueWith(code, options);
        // Compile also emits and loads the submission, so the run below only runs.
        var errors = script.Compile(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        if (errors.Length > 0)
            throw new CompilationErrorException(string.Join(Environment.NewLine, errors), errors);
        return script;
    }

    /// <summary>Runs a compiled cell; returns its trailing expression's value (null when none).</summary>
    public async Task<object?> RunAsync(Script<object> script, CancellationToken cancellationToken)
    {
        _state = _state is null
            ? await script.RunAsync(globals, cancellationToken)
            : await script.RunFromAsync(_state, cancellationToken);
        return _state.ReturnValue;
    }
}
