using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// How much of a large table a report-size chart draws. A chart of thousands of rows is neither
/// readable nor small enough for a notebook (its JSON carries every hover), so each chart draws
/// what fits a report page, taken in turn from each group (a source, a basis) so that none is
/// left out while others fill the page, and says in its subtitle how many it left out: the table
/// and its CSV keep every row.
/// </summary>
internal static class ChartBudget
{
    /// <summary>The tallest figure a chart grows to: a report page at the house width, and a PNG small enough for a notebook.</summary>
    public const int TallestHeight = 1400;

    /// <summary>The most figures the monthly chart draws (each a mark with its hover).</summary>
    public const int MonthlyFigures = 240;

    /// <summary>
    /// Items taken in turn from each group (groups in the order given, each group's items in its
    /// own order, most wanted first) while their cost fits <paramref name="budget"/>. A group whose
    /// next item does not fit gives no more. The cost is asked with the item's place in its group:
    /// a group's first item may pay for a header, or for the second too.
    /// </summary>
    public static HashSet<T> InTurn<T>(IReadOnlyList<IReadOnlyList<T>> groups, Func<T, int, double> cost, double budget) where T : class
    {
        // By reference: two rows alike in every field are still two rows.
        var taken = new HashSet<T>(ReferenceEqualityComparer.Instance);
        var open = Enumerable.Range(0, groups.Count).Where(g => groups[g].Count > 0).ToList();
        var spent = 0.0;
        for (var turn = 0; open.Count > 0; turn++)
        {
            foreach (var g in open.ToList())
            {
                var price = cost(groups[g][turn], turn);
                if (spent + price > budget)
                {
                    open.Remove(g);
                    continue;
                }
                spent += price;
                taken.Add(groups[g][turn]);
                if (turn + 1 >= groups[g].Count) open.Remove(g);
            }
        }
        return taken;
    }

    /// <summary>The room in px the two lines of <see cref="Note"/> take in a subtitle.</summary>
    public const double NoteRoom = 2 * 22;

    /// <summary>The subtitle lines (two) of a chart that left rows out; empty when it drew them all.</summary>
    public static string Note(int drawn, int total, string what, string which) =>
        drawn >= total ? ""
        : string.Create(CultureInfo.InvariantCulture, $"\nDrawn: {drawn:N0} of {total:N0} {what} ({which});\nthe table and its CSV hold all {total:N0}.");
}
