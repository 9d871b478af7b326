namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// What a notebook cell sees besides its own code when <c>analysiskit run</c> executes it:
/// Polyglot Notebooks' <c>display(x)</c>, and a token cancelled when the cell runs past the timeout.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly MimeFormatter _formatter;

    internal NotebookGlobals(MimeFormatter formatter) => _formatter = formatter;

    internal CellOutputCollector? Cell { get; set; }

    /// <summary>Cancelled when the running cell exceeds <c>--timeout</c>; long loops may check it.</summary>
    public CancellationToken CancellationToken { get; internal set; }

    /// <summary>Shows <paramref name="value"/> as an output of the running cell, like Polyglot's <c>display(x)</c>.</summary>
#pragma warning disable IDE1006 // Polyglot's name, so notebooks run unchanged in VS Code and here.
    public void display(object? value)
#pragma warning restore IDE1006
    {
        // Formatting happens now, in the cell, so a formatter's exception fails the cell that displayed.
        var bundle = _formatter.Format(value);
        Cell?.Add(CellOutput.Display(bundle));
    }
}
