using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>
/// Monthly figures over time, persons and criminal cases in panels of their own (they are
/// different counts): single-month figures as points (bars for ranges; open markers for "over"
/// and "up to"), stated per-month rates as shaded bands with a dashed midpoint, and the implied
/// monthly average of each multi-month total as a step segment over its months (dotted when the
/// total has an open bound). Projections are drawn apart: a dash-dot line or a diamond. One colour
/// per source; every style is named in the legend.
/// </summary>
public static class MonthlyFiguresChart
{
    /// <summary>Legend entries are wrapped at this many characters, never cut.</summary>
    internal const int LegendWidth = 30;

    private const double LegendFontSize = 14;
    private const string ProjectionDash = "longdashdot";

    /// <summary>The chart of <paramref name="table"/> for one force and the AWOL/desertion metrics (see <see cref="MonthlyChartOptions"/>).</summary>
    public static Figure Create(MonthlyFiguresTable table, MonthlyChartOptions? options = null)
    {
        options ??= MonthlyChartOptions.Default;
        var title = $"Monthly AWOL and desertion figures: {ChartWords.Forces(options.Force)}";
        var all = table.Rows.Where(r => r.Force == options.Force && options.Metrics.Contains(r.Metric)).ToList();
        if (all.Count == 0)
            return ChartFrame.Empty(title, $"No monthly {ChartFrame.ForceName(options.Force)} figures in this corpus.");
        var rows = Drawn(all);

        var units = rows.Select(r => r.Unit).Distinct().Order().ToList();
        // Persons on top, cases below, each on its own y axis; one panel when only one unit occurs.
        string Axis(CountUnit unit) => units.Count > 1 && unit == CountUnit.Cases ? "y2" : "y";
        var palette = new SourcePalette(rows.Select(r => r.Source));
        var latest = rows.Select(r => r.PeriodEnd?.AsMonth ?? Published(r)).Where(m => m is not null).Max();
        var traces = new List<Trace>();
        traces.AddRange(palette.Sources.Select(s => ChartFrame.LegendKey(ChartText.Lines(s, LegendWidth), new Marker { Color = palette[s], Symbol = "square", Size = 12 }, palette.Group(s))));
        traces.AddRange(Keys(rows));

        var shapes = new List<Shape>();
        foreach (var rate in rows.Where(r => r.Kind == MonthlyFigureKind.StatedRate))
            if (RateSpan(rate, latest, options.RateWindowMonths) is var (from, to))
            {
                var color = palette[rate.Source];
                shapes.Add(new Shape
                {
                    Type = "rect", X0 = MonthDates.First(from), X1 = MonthDates.After(to), YRef = Axis(rate.Unit),
                    Y0 = rate.Low ?? rate.High ?? 0, Y1 = rate.High ?? rate.Low ?? 0,
                    FillColor = SourcePalette.Translucent(color, 0.18),
                    Line = new LineStyle { Color = color, Width = 1, Dash = rate.IsProjection ? "dot" : null }, Layer = "below",
                });
                traces.Add(Segment(rate, from, to, Bounds(rate), color, palette.Group(rate.Source), rate.IsProjection ? ProjectionDash : "dash", Axis(rate.Unit),
                    $"{ClaimHover.Figure(rate.Low, rate.High, rate.Qualifier)} a month (stated rate)",
                    rate.PeriodStart is null ? $"no period stated; drawn over the {options.RateWindowMonths} months to {to}" : ClaimHover.Period(rate.PeriodStart, rate.PeriodEnd, rate.Months)));
            }

        foreach (var average in rows.Where(r => r.Kind == MonthlyFigureKind.ImpliedAverage))
        {
            var total = ClaimHover.Figure(average.Low * average.Months, average.High * average.Months, average.Qualifier);
            traces.Add(Segment(average, average.PeriodStart!.Value, average.PeriodEnd!.Value, Bounds(average), palette[average.Source], palette.Group(average.Source),
                average.IsProjection ? ProjectionDash : average.Low is null || average.High is null ? "dot" : "solid", Axis(average.Unit),
                $"{ClaimHover.Figure(average.Low, average.High, average.Qualifier)} a month = {total} ÷ {average.Months} months",
                ClaimHover.Period(average.PeriodStart, average.PeriodEnd, average.Months)));
        }

        var singles = rows.Where(r => r.Kind == MonthlyFigureKind.SingleMonth).ToList();
        var days = DaysInMonth(singles, palette);
        traces.AddRange(singles
            .GroupBy(r => (r.Source, r.Unit, Open: r.Low is null || r.High is null, r.IsProjection))
            .Select(group => Points(group.ToList(), days, palette[group.Key.Source], palette.Group(group.Key.Source), group.Key.Unit, group.Key.Open, group.Key.IsProjection, Axis(group.Key.Unit))));
        traces.AddRange(Rings(singles, days, Axis));

        var right = LegendRoom(traces.Where(t => t.Legend is null));
        var keyRows = KeyRows(traces.Where(t => t.Legend == StyleLegend).Select(t => t.Name!), HouseStyle.ReportSize.Width - ChartFrame.Margin.Left!.Value - right);
        const double top = 112;
        var review = ReviewMarks.Caption(all.Select(r => r.Review).ToList())
            + ChartBudget.Note(rows.Count, all.Count, "figures", "the most recent of each source, source by source in turn");
        var layout = ChartFrame.TimeLayout("Month", units.Count > 1 ? "Soldiers (persons) per month" : $"{Capitalised(ChartWords.Unit(units[0]))} per month") with
        {
            Shapes = shapes,
            Margin = ChartFrame.Margin with { Right = right, Top = top + keyRows * KeyRowHeight + ReviewMarks.Room(review) },
            Legend2 = new Legend { Orientation = "h", X = 0, Y = 1.01, XAnchor = "left", YAnchor = "bottom" },
            // Two panels and the style legend need more than the report height to stay readable.
            Height = units.Count > 1 ? HouseStyle.ReportSize.Height + 100 : null,
        };
        if (units.Count > 1)
            layout = layout with
            {
                XAxis = layout.XAxis! with { Anchor = "y2" },
                YAxis = layout.YAxis! with { Domain = [0.56, 1] },
                YAxis2 = layout.YAxis! with { Domain = [0, 0.44], Title = new Title { Text = "Criminal cases per month" } },
            };

        return new Figure { Data = traces, Layout = layout }
            .WithTitle(title, "Points: single months (bars: ranges). Bands: stated monthly rates. Lines: multi-month totals ÷ months." + review)
            .WithSourceNote(ChartFrame.Caveat + (units.Count > 1
                ? "\nPersons (top) and criminal cases (bottom) are different counts; months are counted inclusively."
                : "\nMonths are counted inclusively."))
            .WithHouseStyle();
    }

    /// <summary>Every figure when they fit <see cref="ChartBudget.MonthlyFigures"/>; else the most recent of each source, source by source in turn.</summary>
    private static List<MonthlyFigure> Drawn(IReadOnlyList<MonthlyFigure> rows)
    {
        if (rows.Count <= ChartBudget.MonthlyFigures) return [.. rows];
        var groups = rows.GroupBy(r => r.Source, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<MonthlyFigure>)g.OrderByDescending(r => (r.PeriodEnd?.AsMonth ?? Published(r)).HasValue)
                .ThenByDescending(r => r.PeriodEnd?.AsMonth ?? Published(r)).ToList()).ToList();
        var taken = ChartBudget.InTurn(groups, (_, _) => 1, ChartBudget.MonthlyFigures);
        return rows.Where(taken.Contains).ToList();
    }

    /// <summary>The right margin the side legend needs for its longest line (symbol included).</summary>
    internal static double LegendRoom(IEnumerable<Trace> traces) =>
        Math.Ceiling(ChartText.Widest(traces.Where(t => t.ShowLegend == true && t.Name is not null).Select(t => t.Name!), LegendFontSize) + KeySymbolWidth + 10);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static IEnumerable<Trace> Keys(IReadOnlyList<MonthlyFigure> rows)
    {
        var grey = new Marker { Color = ChartFrame.Grey, Size = 10 };
        var singles = rows.Where(r => r.Kind == MonthlyFigureKind.SingleMonth).ToList();
        var singlePersons = singles.Any(r => r.Unit == CountUnit.Persons && !r.IsProjection);
        var singleCases = singles.Any(r => r.Unit == CountUnit.Cases && !r.IsProjection);
        if (singlePersons) yield return Key("single month, persons", grey with { Symbol = "circle" });
        if (singleCases) yield return Key("single month, criminal cases", grey with { Symbol = "square" });
        if (singles.Any(r => r.Low is null || r.High is null)) yield return Key("open marker: 'over' / 'up to'", grey with { Symbol = "circle-open" });
        if (singles.Any(r => r.IsProjection)) yield return Key("diamond: a projected month", grey with { Symbol = "diamond-open" });
        if (rows.Any(r => r.Kind == MonthlyFigureKind.StatedRate))
        {
            yield return Key("stated monthly rate, low to high", grey with { Symbol = "square", Color = SourcePalette.Translucent(ChartFrame.Grey, 0.35), Size = 14 });
            yield return Key("dashes: a rate's midpoint", null, new LineStyle { Color = ChartFrame.Grey, Width = 3, Dash = "dash" });
        }

        var averages = rows.Where(r => r.Kind == MonthlyFigureKind.ImpliedAverage && !r.IsProjection).ToList();
        if (averages.Any(r => r.Low is not null && r.High is not null))
            yield return Key("total ÷ months", null, new LineStyle { Color = ChartFrame.Grey, Width = 3, Dash = "solid" });
        if (averages.Any(r => r.Low is null || r.High is null))
            yield return Key("dotted: open total ÷ months", null, new LineStyle { Color = ChartFrame.Grey, Width = 3, Dash = "dot" });
        if (rows.Any(r => r.Kind != MonthlyFigureKind.SingleMonth && r.IsProjection))
            yield return Key("dash-dot: a projection, e.g. 'may reach'", null, new LineStyle { Color = ChartFrame.Grey, Width = 3, Dash = ProjectionDash });
    }

    // What the styles mean goes in a second legend above the plot; the side legend is the sources'.
    private static Trace Key(string name, Marker? marker, LineStyle? line = null) =>
        ChartFrame.LegendKey(name, marker, mode: line is null ? "markers" : "lines", line: line) with { Legend = StyleLegend };

    private const string StyleLegend = "legend2";

    /// <summary>
    /// The rows the style legend takes across <paramref name="width"/> px: entries are packed
    /// left to right as plotly does, each its text plus symbol and gap.
    /// </summary>
    internal static int KeyRows(IEnumerable<string> names, double width)
    {
        var rows = 0;
        var used = double.MaxValue;
        foreach (var item in names.Select(n => ChartText.Width(n, LegendFontSize) + KeySymbolWidth))
        {
            if (used + item > width) { rows++; used = 0; }
            used += item;
        }
        return rows;
    }

    private const double KeySymbolWidth = 60;
    private const double KeyRowHeight = 24;

    /// <summary>
    /// Where each single-month point sits within its month: mid-month when alone, else spread
    /// across the month in source order, so points of one month and panel do not hide each other.
    /// </summary>
    internal static Dictionary<MonthlyFigure, DateTime> DaysInMonth(IReadOnlyList<MonthlyFigure> singles, SourcePalette palette)
    {
        var at = new Dictionary<MonthlyFigure, DateTime>(ReferenceEqualityComparer.Instance);
        var sources = palette.Sources.ToList();
        foreach (var month in singles.GroupBy(r => (r.PeriodStart!.Value.AsMonth, r.Unit)))
        {
            var points = month.OrderBy(r => sources.IndexOf(r.Source)).ThenBy(Bounds).ToList();
            var middle = MonthDates.Middle(month.Key.AsMonth).ToDateTime(TimeOnly.MinValue);
            // Up to 24 of a month's days: a month is only some 20 px wide on a four-year axis.
            var step = Math.Min(24.0 / points.Count, 8.0);
            for (var i = 0; i < points.Count; i++)
                at[points[i]] = middle.AddDays((i - (points.Count - 1) / 2.0) * step);
        }
        return at;
    }

    private static PeriodPoint? Published(MonthlyFigure row) => row.Published is DateOnly d ? PeriodPoint.OfMonth(d) : null;

    /// <summary>The months a rate is drawn over: its period, else the window up to its publication, else up to the chart's last month.</summary>
    private static (PeriodPoint From, PeriodPoint To)? RateSpan(MonthlyFigure rate, PeriodPoint? latest, int window)
    {
        if (rate.PeriodStart is PeriodPoint s && rate.PeriodEnd is PeriodPoint e) return (s.AsMonth, e.AsMonth);
        var to = rate.PeriodEnd?.AsMonth ?? Published(rate) ?? latest;
        return to is PeriodPoint end ? (end.AddMonths(1 - Math.Max(window, 1)), end) : null;
    }

    /// <summary>The value a segment or point is drawn at: the midpoint of a range, else its one bound.</summary>
    private static double Bounds(MonthlyFigure row) =>
        row.Low is double l && row.High is double h ? (l + h) / 2 : row.Low ?? row.High ?? 0;

    private static string Stated(MonthlyFigure row, string figure) => row.IsProjection ? $"projection: {figure}" : figure;

    private static Trace Segment(MonthlyFigure row, PeriodPoint from, PeriodPoint to, double y, string color, string group, string dash, string axis, string figure, string period)
    {
        var hover = ClaimHover.Row(row.Source, row.Quote, row.Article, period, Stated(row, figure), row.Review);
        return new Trace
        {
            Type = "scatter", Name = row.Source, Mode = "lines", YAxis = axis == "y" ? null : axis,
            X = [MonthDates.First(from.AsMonth), MonthDates.After(to.AsMonth)], Y = [y, y],
            Line = new LineStyle { Color = color, Width = row.IsProjection ? 2.5 : 3, Dash = dash },
            CustomData = [hover, hover], HoverTemplate = ClaimHover.Template,
            LegendGroup = group, ShowLegend = false,
        };
    }

    private static Trace Points(IReadOnlyList<MonthlyFigure> rows, Dictionary<MonthlyFigure, DateTime> days, string color, string group, CountUnit unit, bool open, bool projection, string axis)
    {
        var y = rows.Select(Bounds).ToArray();
        var shape = projection ? "diamond" : unit == CountUnit.Cases ? "square" : "circle";
        return new Trace
        {
            Type = "scatter", Name = rows[0].Source, Mode = "markers", YAxis = axis == "y" ? null : axis,
            X = rows.Select(r => (object?)days[r]).ToArray(),
            Y = y.Select(v => (object?)v).ToArray(),
            // An open symbol is drawn in the marker colour itself: the darker shade keeps a light colour visible.
            Marker = open || projection
                ? new Marker { Color = SourcePalette.Outline(color), Size = 11, Symbol = shape + "-open", Line = new LineStyle { Width = 2.5 } }
                : new Marker { Color = color, Size = 11, Symbol = shape, Opacity = 0.9, Line = new LineStyle { Color = SourcePalette.Outline(color), Width = 1 } },
            ErrorY = ChartFrame.RangeBars(rows.Select(r => (r.Low, r.High)).ToArray(), y, color),
            CustomData = rows.Select(Hover).ToArray(),
            HoverTemplate = ClaimHover.Template,
            LegendGroup = group, ShowLegend = false,
        };
    }

    private static IReadOnlyList<string> Hover(MonthlyFigure row) =>
        ClaimHover.Row(row.Source, row.Quote, row.Article, ClaimHover.Period(row.PeriodStart, row.PeriodEnd), Stated(row, ClaimHover.Figure(row.Low, row.High, row.Qualifier)), row.Review);

    /// <summary>
    /// Rings over the single-month points a review corrected or added, on the points as drawn:
    /// each at its day within the month (see <see cref="DaysInMonth"/>), one trace per panel so a
    /// ring is on its point's y axis. None when the review changed no point.
    /// </summary>
    private static IEnumerable<Trace> Rings(IReadOnlyList<MonthlyFigure> singles, Dictionary<MonthlyFigure, DateTime> days, Func<CountUnit, string> axis)
    {
        foreach (var panel in singles.GroupBy(r => axis(r.Unit)))
            if (ReviewMarks.Rings(panel.Select(r => ((object?)days[r], (object?)Bounds(r), Hover(r), r.Review))) is { } rings)
                yield return rings with { YAxis = panel.Key == "y" ? null : panel.Key };
    }
}
