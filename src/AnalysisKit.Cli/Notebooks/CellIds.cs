using System.Text.RegularExpressions;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// nbformat 4.5 cell ids: every cell has one, unique in the notebook, 1–64 of <c>[a-zA-Z0-9-_]</c>.
/// An executed copy must validate, so a missing, malformed or repeated id gets a new one (the
/// first holder of a repeated id keeps it) and an older 4.x notebook is written as 4.5.
/// </summary>
internal static partial class CellIds
{
    public const int FormatMinor = 5;

    public static Notebook MakeValid(Notebook notebook)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var cells = notebook.Cells.Select(cell =>
        {
            if (cell.Id is { } id && Valid().IsMatch(id) && taken.Add(id))
                return cell;
            var stem = cell.Id is { } old && Valid().IsMatch(old) && old.Length <= 60 ? old : cell.CellType;
            var fresh = Enumerable.Range(2, int.MaxValue - 2).Select(n => $"{stem}-{n}").First(taken.Add);
            return cell with { Id = fresh };
        }).ToList();
        return notebook with { Cells = cells, FormatMinor = Math.Max(notebook.FormatMinor, FormatMinor) };
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Valid();
}
