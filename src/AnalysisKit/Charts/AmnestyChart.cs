using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>
/// Amnesty returns as horizontal bars, one per source with its as-of date and qualifier; below
/// them, in another colour, the totals those counts imply through a stated share
/// ("12,000 … less than 10% of the deserters" ⇒ over 120,000 deserters). A bar whose figure is
/// a lower bound ends in an arrow.
/// </summary>
public static class AmnestyChart
{
    private static readonly string StatedColor = HouseStyle.Palette[0];
    private static readonly string ImpliedColor = HouseStyle.Palette[1];

    /// <summary>The chart of <paramref name="table"/>.</summary>
    public static Figure Create(AmnestyTable table)
    {
        const string title = "Soldiers who returned under the amnesty, by source";
        if (table.Count == 0)
            return ChartFrame.Empty(title, "No amnesty-return figures in this corpus.");

        var labels = Labels(table.Rows);
        var implied = table.Implied;
        var traces = new List<Trace> { Bars(table.Stated, labels, "Returned (as stated)", StatedColor) };
        if (implied.Count > 0) traces.Add(Bars(implied, labels, "Total implied by a stated share", ImpliedColor));

        var notes = table.Rows.Select(row => new Annotation
        {
            Text = BarLabel(row), X = Value(row), Y = labels[row], XAnchor = "left", XShift = 6, ShowArrow = false,
            Font = new Font { Size = 13, Color = row.Kind == AmnestyFigureKind.Implied ? ImpliedColor : StatedColor },
        });

        var figure = new Figure
        {
            Data = traces,
            Layout = new Layout
            {
                XAxis = new Axis { Title = new Title { Text = "Soldiers (persons)" }, Range = [0, table.Rows.Max(Value) * 1.35] },
                // Every row labelled, top-down: stated returns first, implied totals below.
                YAxis = new Axis { Type = "category", DTick = 1, AutoRange = "reversed" },
                Legend = new Legend { Orientation = "v", X = 0.99, Y = 0.99, XAnchor = "right", YAnchor = "top" },
                Margin = ChartFrame.Margin,
                Annotations = notes.ToArray(),
            },
        };
        return figure
            .WithTitle(title, (implied.Count > 0
                ? "As each source states them; orange: the total a stated share implies."
                : "As each source states them, with as-of date and qualifier.") + ReviewMarks.Caption(table.Rows.Select(r => r.Review).ToList(), ringed: false))
            .WithSourceNote(ChartFrame.Caveat + "\n▸ marks a lower bound ('over'): the figure may be higher.")
            .WithHouseStyle();
    }

    private static double Value(AmnestyFigure row) => row.Low ?? row.High ?? 0;

    private static string BarLabel(AmnestyFigure row) =>
        ClaimHover.Figure(row.Low, row.High, row.Qualifier) + (row.High is null ? " ▸" : "");

    /// <summary>One distinct category label per row: source, as-of date, qualifier.</summary>
    private static Dictionary<AmnestyFigure, string> Labels(IReadOnlyList<AmnestyFigure> rows)
    {
        var labels = new Dictionary<AmnestyFigure, string>(ReferenceEqualityComparer.Instance);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var asOf = row.AsOf is PeriodPoint p ? $"as of {p}" : "no date";
            var label = row.Kind == AmnestyFigureKind.Implied
                ? $"{ClaimHover.Short(row.Source, 38)}\n{asOf} · implied total\n({ClaimHover.Figure(row.CountLow, row.CountHigh, Qualifier.Exact)} is {row.Share} of it)"
                : $"{ClaimHover.Short(row.Source, 38)}\n{asOf} · {row.Qualifier.ToSpec()}";
            // Categories must be distinct; a repeated label gets invisible marks.
            while (!used.Add(label)) label += "\u200B";
            labels[row] = label;
        }
        return labels;
    }

    private static Trace Bars(IReadOnlyList<AmnestyFigure> rows, Dictionary<AmnestyFigure, string> labels, string name, string color) => new()
    {
        Type = "bar", Orientation = "h", Name = name,
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
