using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>
/// Amnesty returns as horizontal bars, one per source with its as-of date; in a panel of their
/// own below, on their own scale, the totals those counts imply through a stated share
/// ("12,000 … less than 10% of the deserters" ⇒ over 120,000 deserters), so a total ten times the
/// returns does not squash the comparison of the returns. A bar whose figure is a lower bound
/// ends in an arrow.
/// </summary>
public static class AmnestyChart
{
    private static readonly string StatedColor = HouseStyle.Palette[0];
    private static readonly string ImpliedColor = HouseStyle.Palette[1];
    private const double LabelFontSize = 14;

    /// <summary>Row labels are wrapped at this many characters, never cut.</summary>
    internal const int LabelWidth = 34;

    /// <summary>The chart of <paramref name="table"/>.</summary>
    public static Figure Create(AmnestyTable table)
    {
        var title = Title(table.Rows);
        if (table.Count == 0)
            return ChartFrame.Empty(title, "No amnesty-return figures in this corpus.");

        var drawn = Drawn(table.Rows);
        var labels = Labels(drawn);
        var stated = drawn.Where(r => r.Kind == AmnestyFigureKind.Stated).ToList();
        var implied = drawn.Where(r => r.Kind == AmnestyFigureKind.Implied).ToList();
        var traces = new List<Trace>();
        if (stated.Count > 0) traces.Add(Bars(stated, labels, "Returned (as stated)", StatedColor, panel: null));
        if (implied.Count > 0) traces.Add(Bars(implied, labels, "Total implied by a stated share", ImpliedColor, panel: stated.Count > 0 ? "2" : null));
        var split = stated.Count > 0 && implied.Count > 0;

        var notes = drawn.Select(row =>
        {
            var lower = split && row.Kind == AmnestyFigureKind.Implied;
            return new Annotation
            {
                Text = BarLabel(row), X = Value(row), Y = labels[row], XRef = lower ? "x2" : "x", YRef = lower ? "y2" : "y",
                XAnchor = "left", XShift = 6, ShowArrow = false,
                Font = new Font { Size = 13, Color = row.Kind == AmnestyFigureKind.Implied ? ImpliedColor : StatedColor },
            };
        });

        var review = ReviewMarks.Caption(table.Rows.Select(r => r.Review).ToList(), ringed: false)
            + ChartBudget.Note(drawn.Count, table.Count, "figures", "the most recent of each source, source by source in turn");
        var margin = ChartFrame.Margin with { Left = LabelRoom(labels.Values) };
        var unitTitle = new Title { Text = "Soldiers (persons)" };
        Axis ValueAxis(IEnumerable<AmnestyFigure> rows, Title? axisTitle) => new() { Title = axisTitle, Range = [0, rows.Max(Value) * 1.3] };
        var categories = new Axis { Type = "category", DTick = 1, AutoRange = "reversed" };
        var layout = new Layout
        {
            Legend = new Legend { Orientation = "h", X = 0, Y = 1.0, XAnchor = "left", YAnchor = "bottom" },
            Margin = margin with { Top = 135 + ReviewMarks.Room(review) },
            Annotations = notes.ToArray(),
        };
        if (split)
        {
            // Each panel's height in proportion to its rows, with a gap for the upper axis' ticks.
            var upper = Math.Clamp(stated.Count / (double)drawn.Count, 0.3, 0.75);
            const double gap = 0.16;
            layout = layout with
            {
                XAxis = ValueAxis(stated, new Title { Text = "Returned soldiers (persons)" }) with { Anchor = "y" },
                YAxis = categories with { Domain = [1 - upper * (1 - gap), 1] },
                XAxis2 = ValueAxis(implied, new Title { Text = "Implied total (persons): its own scale" }) with { Anchor = "y2" },
                YAxis2 = categories with { Domain = [0, (1 - upper) * (1 - gap)], Anchor = "x2" },
                Margin = layout.Margin! with { Bottom = 150 },
                // Two panels of labelled rows: about 40 px a row, within the tallest page.
                Height = Math.Clamp(300 + 40 * drawn.Count, 740, ChartBudget.TallestHeight),
            };
        }
        else
        {
            layout = layout with { XAxis = ValueAxis(drawn, unitTitle), YAxis = categories };
        }

        return new Figure { Data = traces, Layout = layout }
            .WithTitle(title, (implied.Count > 0
                ? "As each source states them, with the as-of date. Below: the total a stated share implies, on its own scale."
                : "As each source states them, with the as-of date.") + review)
            .WithSourceNote(ChartFrame.Caveat + "\n▸ marks a lower bound ('over'): the figure may be higher.")
            .WithHouseStyle();
    }

    /// <summary>
    /// The title names the army and the programme from the data: the force of the returns, and
    /// "voluntary-return amnesty" (what an amnesty-returns claim counts, as the spec defines it).
    /// </summary>
    internal static string Title(IReadOnlyList<AmnestyFigure> rows)
    {
        var forces = rows.Select(r => r.Force).Distinct().ToList();
        return forces.Count == 1
            ? $"Returns to the {ChartWords.Army(forces[0])} under the voluntary-return amnesty, by source"
            : "Returns under the voluntary-return amnesties, by source";
    }

    /// <summary>The most bars the chart draws: more would not fit a report page with their labels.</summary>
    internal const int MostBars = 24;

    /// <summary>Every figure when they fit <see cref="MostBars"/>; else the most recent of each source, source by source in turn.</summary>
    private static List<AmnestyFigure> Drawn(IReadOnlyList<AmnestyFigure> rows)
    {
        if (rows.Count <= MostBars) return [.. rows];
        var groups = rows.GroupBy(r => r.Source, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<AmnestyFigure>)g.OrderByDescending(r => r.AsOf.HasValue).ThenByDescending(r => r.AsOf).ToList()).ToList();
        var taken = ChartBudget.InTurn(groups, (_, _) => 1, MostBars);
        return rows.Where(taken.Contains).ToList();
    }

    /// <summary>The left margin the row labels need: their longest line plus the tick and padding.</summary>
    internal static double LabelRoom(IEnumerable<string> labels) => Math.Ceiling(ChartText.Widest(labels, LabelFontSize) + 24);

    private static double Value(AmnestyFigure row) => row.Low ?? row.High ?? 0;

    private static string BarLabel(AmnestyFigure row) =>
        ClaimHover.Figure(row.Low, row.High, row.Qualifier) + (row.High is null ? " ▸" : "");

    /// <summary>One distinct category label per row: source and as-of date; an implied total also the share it comes from.</summary>
    private static Dictionary<AmnestyFigure, string> Labels(IReadOnlyList<AmnestyFigure> rows)
    {
        var labels = new Dictionary<AmnestyFigure, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var asOf = row.AsOf is PeriodPoint p ? $"as of {p}" : "no date";
            // The figure's own words ("over", "about") are on the bar; the label only says whose and when.
            var label = row.Kind == AmnestyFigureKind.Implied
                ? $"{ChartText.Lines(row.Source, LabelWidth)}\n{asOf}\n({ClaimHover.Figure(row.CountLow, row.CountHigh, Qualifier.Exact)} is {row.Share} of it)"
                : $"{ChartText.Lines(row.Source, LabelWidth)}\n{asOf}";
            // Categories must be distinct; a repeated label gets invisible marks.
            while (!used.Add(label)) label += "\u200B";
            labels[row] = label;
        }
        return labels;
    }

    private static Trace Bars(IReadOnlyList<AmnestyFigure> rows, Dictionary<AmnestyFigure, string> labels, string name, string color, string? panel) => new()
    {
        Type = "bar", Orientation = "h", Name = name,
        XAxis = panel is null ? null : "x" + panel, YAxis = panel is null ? null : "y" + panel,
        X = rows.Select(r => (object?)Value(r)).ToArray(),
        Y = rows.Select(r => (object?)labels[r]).ToArray(),
        Marker = new Marker { Color = color },
        // Explicit: with one series alone plotly would draw no legend, and Plotly.validate flags the unused legend.
        ShowLegend = true,
        CustomData = rows.Select(r => ClaimHover.Row(r.Source, r.Quote, r.Article,
            r.AsOf is PeriodPoint p ? $"as of {p}" : "no date",
            r.Kind == AmnestyFigureKind.Implied ? $"{ClaimHover.Figure(r.Low, r.High, r.Qualifier)} implied: {r.Share} of {r.ImpliedOf}" : ClaimHover.Figure(r.Low, r.High, r.Qualifier), r.Review)).ToArray(),
        HoverTemplate = ClaimHover.Template,
    };
}
