using System.Diagnostics;
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

    private const double LabelFontSize = 14;

    /// <summary>Row labels are wrapped at this many characters, never cut.</summary>
    internal const int LabelWidth = 52;

    /// <summary>The dumbbell chart of every estimate in <paramref name="table"/>, basis by basis.</summary>
    public static Figure Create(CumulativeTable table)
    {
        const string title = "How far apart are the cumulative estimates?";
        if (table.Count == 0)
            return ChartFrame.Empty(title, "No cumulative AWOL or desertion totals in this corpus.");

        var drawn = Drawn(table);
        var rows = Rows(table, drawn);
        var max = drawn.Max(e => (double)(e.High ?? e.Low ?? 0));
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

        var headers = rows.Where(r => r.Header is not null).ToList();
        var labelRoom = LabelRoom(rows.Select(r => r.Label));
        var plotWidth = HouseStyle.ReportSize.Width - labelRoom - ChartFrame.Margin.Right!.Value;
        // A header row is its basis in bold across a shaded band inside the plot, its spread at the right end.
        var notes = headers.Select(r => new Annotation
        {
            Text = r.Header!, X = 0, XRef = "paper", Y = r.Label, XAnchor = "left", XShift = 4, ShowArrow = false,
            Font = new Font { Size = LabelFontSize, Weight = 700, Color = "#222222" },
        }).Concat(headers.Where(r => r.Spread is { Estimates: > 1 }).Select(r => new Annotation
        {
            Text = SpreadNote(r.Header!, r.Spread!, plotWidth),
            X = 1, XRef = "paper", Y = r.Label, XAnchor = "right", XShift = -4, ShowArrow = false, Font = new Font { Size = 13, Color = "#222222" },
        }));
        var pitch = RowPitch(rows.Select(r => r.Label));
        // No rings here: a row is labelled with its source, and its hover says what the review changed.
        var review = ReviewMarks.Caption(table.Rows.Select(r => r.Review).ToList(), ringed: false)
            + ChartBudget.Note(drawn.Count, table.Count, "estimates", "each basis' highest and lowest, then its most recent, basis by basis in turn");
        return new Figure
        {
            Data = traces,
            Layout = new Layout
            {
                XAxis = new Axis { Range = [0, max * 1.15], TickFormat = ",d", Title = new Title { Text = "Cumulative total (persons or criminal cases, as the basis says)" } },
                // Every row labelled, top-down in the order given.
                YAxis = new Axis { Type = "category", DTick = 1, AutoRange = "reversed" },
                Legend = new Legend { Orientation = "h", X = 0, Y = 1.0, XAnchor = "left", YAnchor = "bottom" },
                Margin = ChartFrame.Margin with { Top = 185 + ReviewMarks.Room(review), Left = labelRoom },
                Annotations = notes.ToArray(),
                // On a category axis row i spans i - 0.5 to i + 0.5.
                Shapes = rows.Select((r, i) => (r, i)).Where(x => x.r.Header is not null).Select(x => new Shape
                {
                    Type = "rect", X0 = 0, X1 = 1, XRef = "paper", Y0 = x.i - 0.5, Y1 = x.i + 0.5, Layer = "below",
                    FillColor = "#eeeeee", Line = new LineStyle { Width = 0 },
                }).ToArray(),
                ShowLegend = true,
                Height = (int)Math.Max(HouseStyle.ReportSize.Height, 300 + rows.Count * pitch),
            },
        }
            .WithTitle(title, "One row per source's total since Feb 2022 or year to date, under a bold header per basis; ×N = highest ÷ lowest." + AcrossBases(table) + review)
            .WithSourceNote(ChartFrame.Caveat + "\nArrows: open bounds ('over', 'up to'). Lines join the two ends of a stated range.")
            .WithHouseStyle();
    }

    /// <summary>
    /// A basis' spread at the right end of its header row: "×N spread (lowest to highest)", or
    /// only "×N spread" where the longer form would run into the header (the ends are drawn below).
    /// </summary>
    private static string SpreadNote(string header, EstimateSpread spread, double plotWidth)
    {
        var ratio = string.Create(CultureInfo.InvariantCulture, $"×{spread.Ratio:0.0} spread");
        var full = $"{ratio} ({ClaimHover.N(spread.Lowest)} to {ClaimHover.N(spread.Highest)})";
        // ChartText's widths are generous (they size margins), bold included.
        return ChartText.Width(header, LabelFontSize) + ChartText.Width(full, 13) + 24 <= plotWidth ? full : ratio;
    }

    /// <summary>The left margin the row labels need: their longest line plus the tick and padding.</summary>
    internal static double LabelRoom(IEnumerable<string> labels) => Math.Ceiling(ChartText.Widest(labels, LabelFontSize) + 24);

    /// <summary>The height of a row in px: room for the most lines any label has (rows are all one height).</summary>
    internal static double RowPitch(IEnumerable<string> labels) => 12 + 18 * labels.Max(l => l.Split('\n').Length);

    /// <summary>
    /// Cumulative estimates by the month they are as of: only months with an estimate are on the
    /// axis, evenly spaced (a dotted line marks months left out), so a lone early estimate does not
    /// leave the axis empty; within a month each estimate has its own slot. Each point carries a
    /// number that the legend resolves to its source, grouped under its basis (one colour per
    /// basis): numbers stay clear of each other where source names would collide. Bars for
    /// ranges, open markers for open bounds.
    /// </summary>
    public static Figure Timeline(CumulativeTable table)
    {
        const string title = "Cumulative estimates by the month they are as of";
        var stated = table.Rows.Where(e => !e.IsProjection).ToList();
        if (stated.Count == 0)
            return ChartFrame.Empty(title, "No cumulative AWOL or desertion totals in this corpus.");
        var estimates = OnTheTimeline(stated);

        var months = estimates.Select(e => e.AsOf.AsMonth).Distinct().Order().ToList();
        var slots = Slots(estimates, months);
        var traces = new List<Trace>();
        var bases = estimates.Select(e => e.Basis).Distinct().ToList();
        var number = 0;
        foreach (var (basis, i) in bases.Select((b, i) => (b, i)))
        {
            var color = HouseStyle.ReadablePalette[i % HouseStyle.ReadablePalette.Count];
            var group = "basis-" + i.ToString(CultureInfo.InvariantCulture);
            var groupTitle = ChartText.Lines(ChartWords.Basis(basis), TimelineLegendWidth);
            foreach (var estimate in estimates.Where(e => e.Basis == basis).OrderBy(e => e.AsOf).ThenByDescending(Central))
            {
                var key = (++number).ToString(CultureInfo.InvariantCulture);
                var y = Central(estimate);
                traces.Add(new Trace
                {
                    Type = "scatter", Mode = "markers+text",
                    Name = ChartText.Lines($"{key}. {estimate.Source}, {ChartWords.Month(estimate.AsOf.AsMonth)}", TimelineLegendWidth),
                    LegendGroup = group, LegendGroupTitle = groupTitle, ShowLegend = true,
                    X = [slots[estimate]], Y = [y],
                    Text = [key], TextPosition = "middle right", TextFont = new Font { Size = 12, Color = "#333333" },
                    Marker = new Marker { Color = color, Size = 12, Symbol = (basis.Unit == CountUnit.Cases ? "square" : "circle") + Symbol(estimate), Line = new LineStyle { Color = color, Width = 2 } },
                    ErrorY = ChartFrame.RangeBars([((double?)estimate.Low, (double?)estimate.High)], [y], color),
                    CustomData = [Hover(estimate)], HoverTemplate = ClaimHover.Template,
                });
            }
        }

        var top = estimates.Max(e => (double)(e.High ?? e.Low ?? 0)) * 1.08;
        var gaps = months.Zip(months.Skip(1), (a, b) => b.MonthIndex - a.MonthIndex - 1).Select((missing, i) => (Missing: missing, X: i + 0.5)).Where(g => g.Missing > 0).ToList();
        const string xTitle = "Month the total is as of (months without an estimate left out)";
        // Rings sit on the points as drawn: each estimate's slot within its month, not its date.
        var rings = ReviewMarks.Rings(estimates.Select(e => ((object?)slots[e], (object?)Central(e), Hover(e), e.Review)));
        var review = ReviewMarks.Caption(estimates.Select(e => e.Review).ToList())
            + ChartBudget.Note(estimates.Count, stated.Count, "estimates", "the most recent of each basis, basis by basis in turn");
        return new Figure
        {
            // After the legend's size is taken from the estimates' traces: the rings have no legend entry.
            Data = rings is null ? traces : [.. traces, rings],
            Layout = ChartFrame.TimeLayout(xTitle, "Cumulative total (persons or criminal cases)") with
            {
                XAxis = new Axis
                {
                    Title = new Title { Text = xTitle },
                    Range = [-0.5, months.Count - 0.5],
                    TickVals = months.Select((_, i) => (object)(double)i).ToArray(), TickText = months.Select(ChartWords.Month).ToArray(),
                },
                Shapes = gaps.Select(g => new Shape
                {
                    X0 = g.X, X1 = g.X, Y0 = 0, Y1 = 1, YRef = "paper", Line = new LineStyle { Color = "#999999", Width = 1, Dash = "dot" },
                }).ToArray(),
                YAxis = new Axis { Range = [0, top], Title = new Title { Text = "Cumulative total (persons or criminal cases)" } },
                Annotations = gaps.Select(g => new Annotation
                {
                    Text = $"{g.Missing} month{(g.Missing == 1 ? "" : "s")}\nleft out", X = g.X, Y = 1, YRef = "paper", YAnchor = "top", ShowArrow = false,
                    Font = new Font { Size = 11, Color = "#777777" },
                }).ToArray(),
                Margin = ChartFrame.Margin with { Top = 125 + ReviewMarks.Room(review), Right = MonthlyFiguresChart.LegendRoom(traces.Select(t => t with { Name = t.Name + "\n" + t.LegendGroupTitle })) },
                // The legend lists every estimate under its basis: taller than the report height when there are many.
                Height = (int)Math.Max(HouseStyle.ReportSize.Height, 150 + LegendHeight(traces)),
            },
        }
            .WithTitle(title, "Each point one source's total since Feb 2022 or year to date; its number names the source in the legend.\nBars: stated ranges; open markers: 'over' / 'up to'." + review)
            .WithSourceNote(ChartFrame.Caveat + "\nCircles count persons, squares criminal cases: different things. Projections are left out.")
            .WithHouseStyle();
    }

    /// <summary>
    /// The estimates the timeline draws: all when the legend that lists them fits
    /// <see cref="ChartBudget.TallestHeight"/>; else the most recent of each basis, basis by basis in turn.
    /// </summary>
    private static List<CumulativeEstimate> OnTheTimeline(IReadOnlyList<CumulativeEstimate> estimates)
    {
        // The legend's height as LegendHeight reckons it: 24 px a line, a group title and gap for a basis' first entry.
        static double Lines(string text) => ChartText.Lines(text, TimelineLegendWidth).Split('\n').Length * 24;
        double Cost(CumulativeEstimate e, int place) =>
            Lines($"99. {e.Source}, {ChartWords.Month(e.AsOf.AsMonth)}") + (place == 0 ? Lines(ChartWords.Basis(e.Basis)) + 12 : 0);
        var groups = estimates.GroupBy(e => e.Basis).Select(g => (IReadOnlyList<CumulativeEstimate>)g.OrderByDescending(e => e.AsOf).ThenByDescending(Central).ToList()).ToList();
        if (groups.Sum(g => g.Select(Cost).Sum()) <= ChartBudget.TallestHeight - 150) return [.. estimates];
        var taken = ChartBudget.InTurn(groups, Cost, ChartBudget.TallestHeight - 150 - ChartBudget.NoteRoom);
        return estimates.Where(taken.Contains).ToList();
    }

    /// <summary>Legend entries and group titles are wrapped at this many characters.</summary>
    internal const int TimelineLegendWidth = 40;

    /// <summary>The side legend's height in px, as plotly draws 14 px text: about 24 px a line, and a gap above each group.</summary>
    internal static double LegendHeight(IReadOnlyList<Trace> traces)
    {
        // Only entries the legend lists: the review's rings have none.
        var listed = traces.Where(t => t.ShowLegend == true).ToList();
        return listed.Sum(t => t.Name!.Split('\n').Length * 24)
            + listed.Select(t => t.LegendGroupTitle!).Distinct().Sum(g => g.Split('\n').Length * 24 + 12);
    }

    /// <summary>Each estimate's x: its month's position, offset so the estimates of one month sit side by side.</summary>
    private static Dictionary<CumulativeEstimate, double> Slots(IReadOnlyList<CumulativeEstimate> estimates, IReadOnlyList<PeriodPoint> months)
    {
        var slots = new Dictionary<CumulativeEstimate, double>(ReferenceEqualityComparer.Instance);
        foreach (var month in estimates.GroupBy(e => e.AsOf.AsMonth))
        {
            var points = month.OrderByDescending(Central).ToList();
            var step = Math.Min(0.8 / points.Count, 0.15);
            var at = months.ToList().IndexOf(month.Key);
            for (var i = 0; i < points.Count; i++)
                slots[points[i]] = at + (i - (points.Count - 1) / 2.0) * step;
        }
        return slots;
    }

    /// <summary>
    /// The spread across bases of the largest group (force and span), persons and criminal cases
    /// each on their own: a ratio of a count of persons to a count of cases would mean nothing.
    /// </summary>
    private static string AcrossBases(CumulativeTable table)
    {
        var actual = table.Rows.Where(e => !e.IsProjection).ToList();
        var largest = actual.GroupBy(e => (e.Basis.Force, e.Basis.Span, e.Basis.Year)).MaxBy(g => g.Count());
        if (largest is null) return "";
        var perUnit = largest.GroupBy(e => e.Basis.Unit).Where(g => g.Select(e => e.Basis).Distinct().Count() > 1).OrderBy(g => g.Key).Select(g =>
        {
            var low = g.Min(e => e.Low ?? e.High ?? 0);
            var high = g.Max(e => e.High ?? e.Low ?? 0);
            return string.Create(CultureInfo.InvariantCulture, $"{ChartWords.Unit(g.Key)} {ClaimHover.N(low)} to {ClaimHover.N(high)}") + (low > 0 ? string.Create(CultureInfo.InvariantCulture, $" (×{high / (double)low:0.0})") : "");
        }).ToList();
        return perUnit.Count == 0 ? "" :
            $"\nAcross the bases of {ChartWords.Forces(largest.Key.Force)} {ChartWords.Span(largest.Key.Span, largest.Key.Year)}, persons and criminal cases apart:\n{string.Join("; ", perUnit)}.";
    }

    /// <summary>
    /// One row of the dumbbell chart: a basis header (<see cref="Header"/> drawn in the plot, its
    /// category label invisible) or an estimate.
    /// </summary>
    private sealed record Row(string Label, CumulativeEstimate? Estimate, EstimateSpread? Spread, string? Header = null);

    /// <summary>
    /// The estimates the chart draws: all when their rows fit <see cref="ChartBudget.TallestHeight"/>;
    /// else, basis by basis in turn, each basis' highest and lowest (its spread stays true to what
    /// is drawn), then its most recent.
    /// </summary>
    private static IReadOnlyList<CumulativeEstimate> Drawn(CumulativeTable table)
    {
        var groups = table.Rows.GroupBy(e => e.Basis).ToList();
        // Every row is one pitch high, so the rows that fit follow from the tallest label drawn; a cut chart keeps room for its note.
        if (groups.Count + table.Count <= Math.Floor((ChartBudget.TallestHeight - 300) / RowPitch(table.Rows.Select(Label).Append("")))) return table.Rows;
        var wanted = groups.Select(g =>
        {
            var byValue = g.OrderByDescending(e => e.High ?? e.Low).ToList();
            var ends = byValue.Count == 1 ? byValue : [byValue[0], byValue[^1]];
            return (IReadOnlyList<CumulativeEstimate>)[.. ends, .. byValue.Skip(1).SkipLast(1).OrderByDescending(e => e.AsOf).ThenByDescending(e => e.High ?? e.Low)];
        }).ToList();
        // A basis comes whole with its header and both ends or not at all: its ×N spread must be drawn.
        var ends = wanted.ToDictionary<IReadOnlyList<CumulativeEstimate>, CumulativeEstimate, int>(w => w[0], w => Math.Min(2, w.Count), ReferenceEqualityComparer.Instance);
        double Rows(CumulativeEstimate estimate, int place) => place switch { 0 => 1 + ends[estimate], 1 => 0, _ => 1 };
        // The fewest lines a label may take first (most rows), then more until the drawn labels fit the pitch tried.
        foreach (var pitch in table.Rows.Select(e => RowPitch([Label(e)])).Distinct().Order())
        {
            var taken = ChartBudget.InTurn(wanted, Rows, Math.Floor((ChartBudget.TallestHeight - 300 - ChartBudget.NoteRoom) / pitch));
            var drawn = table.Rows.Where(taken.Contains).ToList();
            if (RowPitch(drawn.Select(Label).Append("")) <= pitch) return drawn;
        }
        throw new UnreachableException("the largest pitch fits every label");
    }

    private static string Label(CumulativeEstimate estimate) =>
        $"{ChartText.Lines(estimate.Source, LabelWidth)} · {ChartWords.Month(estimate.AsOf.AsMonth)}" + (estimate.IsProjection ? " (projection)" : "");

    private static List<Row> Rows(CumulativeTable table, IReadOnlyList<CumulativeEstimate> drawn)
    {
        var rows = new List<Row>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in drawn.GroupBy(e => e.Basis))
        {
            var spread = table.Spread.Rows.FirstOrDefault(s => s.Scope == group.Key.Label);
            // Zero-width spaces: a distinct category with no visible tick label.
            rows.Add(new Row(new string('\u200B', rows.Count(r => r.Header is not null) + 1), null, spread, ChartWords.Basis(group.Key)));
            foreach (var estimate in group.OrderByDescending(e => e.High ?? e.Low))
            {
                var label = Label(estimate);
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

}
