using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>
/// Monthly figures over time: single-month figures as points (bars for ranges; open markers for
/// "over" and "up to"; circles for persons, squares for cases), stated per-month rates as
/// shaded bands, and the implied monthly average of each multi-month total as a step segment
/// over its months (dotted when the total has an open bound). One colour per source.
/// </summary>
public static class MonthlyFiguresChart
{
    /// <summary>The chart of <paramref name="table"/> for one force and the AWOL/desertion metrics (see <see cref="MonthlyChartOptions"/>).</summary>
    public static Figure Create(MonthlyFiguresTable table, MonthlyChartOptions? options = null)
    {
        options ??= MonthlyChartOptions.Default;
        var title = $"Monthly AWOL and desertion figures: {ChartFrame.ForceName(options.Force)}";
        var rows = table.Rows.Where(r => r.Force == options.Force && options.Metrics.Contains(r.Metric)).ToList();
        if (rows.Count == 0)
            return ChartFrame.Empty(title, $"No monthly {ChartFrame.ForceName(options.Force)} figures in this corpus.");

        var palette = new SourcePalette(rows.Select(r => r.Source));
        var latest = rows.Select(r => r.PeriodEnd?.AsMonth ?? Published(r)).Where(m => m is not null).Max();
        var traces = new List<Trace>();
        traces.AddRange(palette.Sources.Select(s => ChartFrame.LegendKey(ClaimHover.Short(s), new Marker { Color = palette[s], Symbol = "square", Size = 12 }, palette.Group(s))));
        traces.AddRange(Keys(rows));

        var shapes = new List<Shape>();
        foreach (var rate in rows.Where(r => r.Kind == MonthlyFigureKind.StatedRate))
            if (RateSpan(rate, latest, options.RateWindowMonths) is var (from, to))
            {
                var color = palette[rate.Source];
                shapes.Add(new Shape
                {
                    Type = "rect", X0 = MonthDates.First(from), X1 = MonthDates.After(to),
                    Y0 = rate.Low ?? rate.High ?? 0, Y1 = rate.High ?? rate.Low ?? 0,
                    FillColor = SourcePalette.Translucent(color, 0.18), Line = new LineStyle { Color = color, Width = 1 }, Layer = "below",
                });
                traces.Add(Segment(rate, from, to, Bounds(rate), color, palette.Group(rate.Source), "dash",
                    $"{ClaimHover.Figure(rate.Low, rate.High, rate.Qualifier)} a month (stated rate)",
                    rate.PeriodStart is null ? $"no period stated; drawn over the {options.RateWindowMonths} months to {to}" : ClaimHover.Period(rate.PeriodStart, rate.PeriodEnd, rate.Months)));
            }

        foreach (var average in rows.Where(r => r.Kind == MonthlyFigureKind.ImpliedAverage))
        {
            var total = ClaimHover.Figure(average.Low * average.Months, average.High * average.Months, average.Qualifier);
            traces.Add(Segment(average, average.PeriodStart!.Value, average.PeriodEnd!.Value, Bounds(average), palette[average.Source], palette.Group(average.Source),
                average.Low is null || average.High is null ? "dot" : "solid",
                $"{ClaimHover.Figure(average.Low, average.High, average.Qualifier)} a month = {total} ÷ {average.Months} months",
                ClaimHover.Period(average.PeriodStart, average.PeriodEnd, average.Months)));
        }

        traces.AddRange(rows.Where(r => r.Kind == MonthlyFigureKind.SingleMonth)
            .GroupBy(r => (r.Source, r.Unit, Open: r.Low is null || r.High is null))
            .Select(group => Points(group.ToList(), palette[group.Key.Source], palette.Group(group.Key.Source), group.Key.Unit, group.Key.Open)));
        if (ReviewMarks.Rings(rows.Where(r => r.Kind == MonthlyFigureKind.SingleMonth).Select(r => ((object?)MonthDates.Middle(r.PeriodStart!.Value), (object?)Bounds(r),
                ClaimHover.Row(r.Source, r.Quote, r.Article, ClaimHover.Period(r.PeriodStart, r.PeriodEnd), ClaimHover.Figure(r.Low, r.High, r.Qualifier), r.Review), r.Review))) is { } rings)
            traces.Add(rings);

        return new Figure
        {
            Data = traces,
            Layout = ChartFrame.TimeLayout("Month", "Soldiers or criminal cases per month") with { Shapes = shapes },
        }
            .WithTitle(title, "Points: single months (bars: ranges). Bands: stated monthly rates. Lines: multi-month totals ÷ months." + ReviewMarks.Caption(rows.Select(r => r.Review).ToList()))
            .WithSourceNote(ChartFrame.Caveat + "\nPersons (●) and criminal cases (■) are different counts; months are counted inclusively.")
            .WithHouseStyle();
    }

    private static IEnumerable<Trace> Keys(IReadOnlyList<MonthlyFigure> rows)
    {
        var grey = new Marker { Color = ChartFrame.Grey, Size = 10 };
        var singles = rows.Where(r => r.Kind == MonthlyFigureKind.SingleMonth).ToList();
        if (singles.Any(r => r.Unit == CountUnit.Persons)) yield return ChartFrame.LegendKey("single month, persons", grey with { Symbol = "circle" });
        if (singles.Any(r => r.Unit == CountUnit.Cases)) yield return ChartFrame.LegendKey("single month, cases", grey with { Symbol = "square" });
        if (singles.Any(r => r.Low is null || r.High is null)) yield return ChartFrame.LegendKey("open: 'over' / 'up to'", grey with { Symbol = "circle-open" });
        if (rows.Any(r => r.Kind == MonthlyFigureKind.StatedRate))
            yield return ChartFrame.LegendKey("stated monthly rate", grey with { Symbol = "square", Color = SourcePalette.Translucent(ChartFrame.Grey, 0.35), Size = 14 });
        if (rows.Any(r => r.Kind == MonthlyFigureKind.ImpliedAverage))
            yield return ChartFrame.LegendKey("total ÷ months", null, mode: "lines", line: new LineStyle { Color = ChartFrame.Grey, Width = 3 });
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

    private static Trace Segment(MonthlyFigure row, PeriodPoint from, PeriodPoint to, double y, string color, string group, string dash, string figure, string period)
    {
        var hover = ClaimHover.Row(row.Source, row.Quote, row.Article, period, figure, row.Review);
        return new Trace
        {
            Type = "scatter", Name = ClaimHover.Short(row.Source), Mode = "lines",
            X = [MonthDates.First(from.AsMonth), MonthDates.After(to.AsMonth)], Y = [y, y],
            Line = new LineStyle { Color = color, Width = 3, Dash = dash },
            CustomData = [hover, hover], HoverTemplate = ClaimHover.Template,
            LegendGroup = group, ShowLegend = false,
        };
    }

    private static Trace Points(IReadOnlyList<MonthlyFigure> rows, string color, string group, CountUnit unit, bool open)
    {
        var y = rows.Select(Bounds).ToArray();
        var shape = unit == CountUnit.Cases ? "square" : "circle";
        return new Trace
        {
            Type = "scatter", Name = ClaimHover.Short(rows[0].Source), Mode = "markers",
            X = rows.Select(r => (object?)MonthDates.Middle(r.PeriodStart!.Value)).ToArray(),
            Y = y.Select(v => (object?)v).ToArray(),
            // An open symbol is drawn in the marker colour itself: the darker shade keeps a light colour visible.
            Marker = open
                ? new Marker { Color = SourcePalette.Outline(color), Size = 11, Symbol = shape + "-open", Line = new LineStyle { Width = 2.5 } }
                : new Marker { Color = color, Size = 11, Symbol = shape, Line = new LineStyle { Color = SourcePalette.Outline(color), Width = 1 } },
            ErrorY = ChartFrame.RangeBars(rows.Select(r => (r.Low, r.High)).ToArray(), y, color),
            CustomData = rows.Select(r => ClaimHover.Row(r.Source, r.Quote, r.Article, ClaimHover.Period(r.PeriodStart, r.PeriodEnd), ClaimHover.Figure(r.Low, r.High, r.Qualifier), r.Review)).ToArray(),
            HoverTemplate = ClaimHover.Template,
            LegendGroup = group, ShowLegend = false,
        };
    }
}
