namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Cells numbered as the user's notebook numbers them (from 1, markdown included): the
/// injected-parameters cell the runner added is not counted, so "cell 3" is the third cell of the
/// file the user opened.
/// </summary>
internal sealed class CellNumbering
{
    private readonly int _injected;

    public CellNumbering(Notebook notebook)
    {
        _injected = notebook.Cells.ToList().FindIndex(c => c.Tags.Contains(NotebookParameters.InjectedTag));
        UserCells = notebook.Cells.Count - (_injected < 0 ? 0 : 1);
    }

    /// <summary>How many cells the user's notebook has.</summary>
    public int UserCells { get; }

    /// <summary>The user's number of the cell at <paramref name="index"/> in the run's notebook; the injected cell takes its parameters cell's.</summary>
    public int Of(int index) => _injected >= 0 && index >= _injected ? index : index + 1;

    /// <summary>How messages name the cell at <paramref name="index"/>.</summary>
    public string Describe(int index) =>
        index == _injected ? $"the injected-parameters cell (after cell {index})" : $"cell {Of(index)}";
}
