using System.Globalization;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>
/// The spread of cumulative estimates: a range ("dumbbell") chart with one row per estimate,
/// grouped under a header row per basis and sorted by value, open bounds drawn as arrows and
/// each basis' spread (highest ÷ lowest) annotated; and a timeline of the estimates by as-of date.
/// </summary>
public static class CumulativeSpreadChart
{
    private static readonly string ReferenceColor = HouseStyle.Palette[0];
    private static readonly string OtherColor = HouseStyle.Palette[1];
    private const string ProjectionColor = "#999999";

    /// <summary>The dumbbell chart of every estimate in <paramref name="table"/>, basis by basis.</summary>
    public static Figure Create(CumulativeTable table)
    {
        const string title = "How far apart are the cumulative estimates?";
        if (table.Count == 0)
            return ChartFrame.Empty(title, "No cumulative AWOL or desertion totals in this corpus.");

        var rows = Rows(table);
        var max = table.Rows.Max(e => (double)(e.High ?? e.Low ?? 0));
        var arrow = max * 0.07;
        var ordered = rows;
        var traces = new List<Trace>
        {
            // Header rows need a point to exist as categories; it is invisible and silent.
            new()
            {
                Type = "scatter", Mode = "markers", X = ordered.Select(_ => (object?)0.0).ToArray(), Y = ordered.Select(r => (object?)r.Label).ToArray(),
                Marker = new Marker { Opacity = 0, Size = 1 }, HoverInfo = "skip", ShowLegend = false,
            },
        };
        foreach (var (name, color, estimates) in Classes(table))
        {
            var mine = ordered.Where(r => r.Estimate is { } e && estimates.Contains(e)).ToList();
            if (mine.Count == 0) continue;
            // Plotly hides a trace with no points and Plotly.validate flags it: only what exists is drawn.
            traces.AddRange(new[] { Ranges(mine, color, name), Arrows(mine, color, name, arrow) }.Where(t => t.X.Count > 0));
            traces.AddRange(ArrowHeads(mine, color, name, arrow));
            traces.Add(Points(mine, color, name));
        }

        var notes = rows.Where(r => r.Spread is { Estimates: > 1 }).Select(r => new Annotation
        {
            Text = string.Create(CultureInfo.InvariantCulture, $"×{r.Spread!.Ratio:0.0} spread ({ClaimHover.N(r.Spread.Lowest)} to {ClaimHover.N(r.Spread.Highest)})"),
            X = r.Spread.Highest, Y = r.Label, XAnchor = "right", ShowArrow = false, Font = new Font { Size = 13, Color = "#222222" },
        });
        return new Figure
        {
            Data = traces,
            Layout = new Layout
            {
                XAxis = new Axis { Range = [0, max * 1.15], TickFormat = ",d", Title = new Title { Text = "Cumulative total (persons or criminal cases, as the basis says)" } },
                // Every row labelled, top-down in the order given.
                YAxis = new Axis { Type = "category", DTick = 1, AutoRange = "reversed" },
                Legend = new Legend { Orientation = "h", X = 0, Y = 1.0, XAnchor = "left", YAnchor = "bottom" },
                Margin = ChartFrame.Margin with { Top = 160 },
                Annotations = notes.ToArray(),
                Shapes = rows.Where(r => r.Estimate is null).Select(r => new Shape
                {
                    X0 = 0, X1 = 1, XRef = "paper", Y0 = r.Label, Y1 = r.Label, Layer = "below",
                    Line = new LineStyle { Color = "#dddddd", Width = 1 },
                }).ToArray(),
                ShowLegend = true,
            },
        }
            .WithTitle(title, "One row per source's total since Feb 2022 or year to date, grouped by basis; ×N = highest ÷ lowest." + Overall(table)
                + ReviewMarks.Caption(table.Rows.Select(r => r.Review).ToList(), ringed: false))
            .WithSourceNote(ChartFrame.Caveat + "\nArrows: open bounds ('over', 'up to'). Lines join the two ends of a stated range.")
            .WithHouseStyle();
    }

    /// <summary>Cumulative estimates by the date they are as of: one colour per basis, bars for ranges, triangles for open bounds.</summary>
    public static Figure Timeline(CumulativeTable table)
    {
        const string title = "Cumulative estimates by the date they are as of";
        var estimates = table.Rows.Where(e => !e.IsProjection).ToList();
        if (estimates.Count == 0)
            return ChartFrame.Empty(title, "No cumulative AWOL or desertion totals in this corpus.");

        var traces = new List<Trace>();
        var bases = estimates.Select(e => e.Basis).Distinct().ToList();
        foreach (var (basis, i) in bases.Select((b, i) => (b, i)))
        {
            var color = HouseStyle.Palette[i % HouseStyle.Palette.Count];
            var mine = estimates.Where(e => e.Basis == basis).ToList();
            traces.Add(ChartFrame.LegendKey(basis.Label, new Marker { Color = color, Symbol = basis.Unit == CountUnit.Cases ? "square" : "circle", Size = 11 }, basis.Label));
            foreach (var group in mine.GroupBy(Symbol))
            {
                var points = group.ToList();
                var y = points.Select(Central).ToArray();
                traces.Add(new Trace
                {
                    Type = "scatter", Mode = "markers", Name = basis.Label, LegendGroup = basis.Label, ShowLegend = false,
                    X = points.Select(e => (object?)AsOfDate(e.AsOf)).ToArray(),
                    Y = y.Select(v => (object?)v).ToArray(),
                    Marker = new Marker { Color = color, Size = 12, Symbol = (basis.Unit == CountUnit.Cases ? "square" : "circle") + group.Key, Line = new LineStyle { Color = color, Width = 2 } },
                    ErrorY = ChartFrame.RangeBars(points.Select(e => ((double?)e.Low, (double?)e.High)).ToArray(), y, color),
                    CustomData = points.Select(Hover).ToArray(), HoverTemplate = ClaimHover.Template,
                });
            }
        }

        if (ReviewMarks.Rings(estimates.Select(e => ((object?)AsOfDate(e.AsOf), (object?)Central(e), Hover(e), e.Review))) is { } rings)
            traces.Add(rings);
        return new Figure
        {
            Data = traces,
            Layout = ChartFrame.TimeLayout("As of", "Cumulative total (persons or criminal cases)"),
        }
            .WithTitle(title, "Each point one source's total since Feb 2022 or year to date; bars: stated ranges; open markers: 'over' / 'up to'."
                + ReviewMarks.Caption(estimates.Select(e => e.Review).ToList()))
            .WithSourceNote(ChartFrame.Caveat + "\nCircles count persons, squares criminal cases: different things. Projections are left out.")
            .WithHouseStyle();
    }

    /// <summary>The spread across every basis of the largest group (force and span), the headline number.</summary>
    private static string Overall(CumulativeTable table)
    {
        var all = table.Spread.Rows.Where(s => s.Unit is null && s.Estimates > 1).MaxBy(s => s.Estimates);
        return all is null ? "" : string.Create(CultureInfo.InvariantCulture,
            $"\nAll {all.Force} totals {CumulativeBasis.SpanLabel(all.Span, all.Year)}, persons and cases together: {ClaimHover.N(all.Lowest)} to {ClaimHover.N(all.Highest)}, ×{all.Ratio:0.0}.");
    }

    /// <summary>One row of the dumbbell chart: a basis header (with its spread) or an estimate.</summary>
    private sealed record Row(string Label, CumulativeEstimate? Estimate, EstimateSpread? Spread);

    private static List<Row> Rows(CumulativeTable table)
    {
        var rows = new List<Row>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in table.Rows.GroupBy(e => e.Basis))
        {
            var spread = table.Spread.Rows.FirstOrDefault(s => s.Scope == group.Key.Label);
            rows.Add(new Row($"▾ {group.Key.Label}", null, spread));
            foreach (var estimate in group.OrderByDescending(e => e.High ?? e.Low))
            {
                var label = $"{ClaimHover.Short(estimate.Source, 40)} · {estimate.AsOf.AsMonth}" + (estimate.IsProjection ? " (projection)" : "");
                // Categories must be distinct; the same source in two bases gets invisible marks.
                while (!used.Add(label)) label += "\u200B";
                rows.Add(new Row(label, estimate, null));
            }
        }
        return rows;
    }

    private static IEnumerable<(string Name, string Color, HashSet<CumulativeEstimate> Estimates)> Classes(CumulativeTable table)
    {
        HashSet<CumulativeEstimate> Where(Func<CumulativeEstimate, bool> test) => table.Rows.Where(test).ToHashSet();
        yield return ("Prosecutor-General series (reference)", ReferenceColor, Where(e => e.IsReference && !e.IsProjection));
        yield return ("Other sources", OtherColor, Where(e => !e.IsReference && !e.IsProjection));
        yield return ("Projection", ProjectionColor, Where(e => e.IsProjection));
    }

    private static Trace Ranges(IReadOnlyList<Row> rows, string color, string name)
    {
        var closed = rows.Where(r => r.Estimate is { Low: not null, High: not null } e && e.Low != e.High).ToList();
        return Lines(closed, color, name, e => (e.Low!.Value, e.High!.Value), dash: null);
    }

    private static Trace Arrows(IReadOnlyList<Row> rows, string color, string name, double length)
    {
        var open = rows.Where(r => r.Estimate is { } e && (e.Low is null || e.High is null)).ToList();
        return Lines(open, color, name, e => e.High is null ? (e.Low!.Value, e.Low.Value + length) : (Math.Max(e.High!.Value - length, 0), e.High.Value), dash: "dot");
    }

    private static IEnumerable<Trace> ArrowHeads(IReadOnlyList<Row> rows, string color, string name, double length)
    {
        foreach (var (symbol, overs) in new[] { ("triangle-right", true), ("triangle-left", false) })
        {
            var heads = rows.Where(r => r.Estimate is { } e && (overs ? e.High is null && e.Low is not null : e.Low is null && e.High is not null)).ToList();
            if (heads.Count == 0) continue;
            yield return new Trace
            {
                Type = "scatter", Mode = "markers", Name = name, LegendGroup = name, ShowLegend = false,
                X = heads.Select(r => (object?)(overs ? r.Estimate!.Low!.Value + length : Math.Max(r.Estimate!.High!.Value - length, 0))).ToArray(),
                Y = heads.Select(r => (object?)r.Label).ToArray(),
                Marker = new Marker { Color = color, Symbol = symbol, Size = 12 },
                CustomData = heads.Select(r => Hover(r.Estimate!)).ToArray(), HoverTemplate = ClaimHover.Template,
            };
        }
    }

    private static Trace Lines(IReadOnlyList<Row> rows, string color, string name, Func<CumulativeEstimate, (double From, double To)> ends, string? dash)
    {
        var x = new List<object?>();
        var y = new List<object?>();
        var hover = new List<IReadOnlyList<string>>();
        foreach (var row in rows)
        {
            var (from, to) = ends(row.Estimate!);
            var data = Hover(row.Estimate!);
            x.AddRange([from, to, null]);
            y.AddRange([row.Label, row.Label, null]);
            hover.AddRange([data, data, data]);
        }
        return new Trace
        {
            Type = "scatter", Mode = "lines", Name = name, LegendGroup = name, ShowLegend = false,
            X = x, Y = y, Line = new LineStyle { Color = color, Width = 4, Dash = dash },
            CustomData = hover, HoverTemplate = ClaimHover.Template,
        };
    }

    private static Trace Points(IReadOnlyList<Row> rows, string color, string name)
    {
        var ends = rows.SelectMany(r => new[] { r.Estimate!.Low, r.Estimate.High }.OfType<long>().Distinct().Select(v => (Row: r, Value: v))).ToList();
        return new Trace
        {
            Type = "scatter", Mode = "markers", Name = name, LegendGroup = name, ShowLegend = true,
            X = ends.Select(p => (object?)p.Value).ToArray(),
            Y = ends.Select(p => (object?)p.Row.Label).ToArray(),
            Marker = new Marker { Color = color, Size = 12, Symbol = "circle" },
            CustomData = ends.Select(p => Hover(p.Row.Estimate!)).ToArray(), HoverTemplate = ClaimHover.Template,
        };
    }

    private static IReadOnlyList<string> Hover(CumulativeEstimate e)
    {
        var reference = e.ReferenceValue is long value
            ? string.Create(CultureInfo.InvariantCulture, $"; {(e.LowVsReference ?? e.HighVsReference):0.00}× the reference {ClaimHover.N(value)} ({e.ReferenceBasis}, {e.ReferenceAsOf})")
            : e.IsReference ? "; reference series" : "";
        return ClaimHover.Row(e.Source, e.Quote, e.Article,
            $"{e.Basis.Label}, as of {e.AsOf}{reference}",
            ClaimHover.Figure(e.Low, e.High, e.Qualifier), e.Review);
    }

    private static double Central(CumulativeEstimate e) => e.Low is long l && e.High is long h ? (l + h) / 2.0 : e.Low ?? e.High ?? 0;

    private static string Symbol(CumulativeEstimate e) => e.Low is null || e.High is null ? "-open" : "";

    private static DateOnly AsOfDate(PeriodPoint asOf) => asOf.Day is int day ? new DateOnly(asOf.Year, asOf.Month, day) : MonthDates.Middle(asOf);
}
