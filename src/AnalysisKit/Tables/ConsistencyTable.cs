using AnalysisKit.Recognition;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// Stated cumulative totals against the totals implied over the same months by monthly
/// evidence of the same force, unit and metric: each stated rate times the months, and the
/// sum of the single-month figures inside the period (a floor when some months have none).
/// </summary>
/// <remarks>
/// A rate applies to a total whose months overlap the rate's period. A rate with no period
/// ("each month") holds when it was published, so it applies to totals whose months include
/// its publication month; with no publication date either, only to totals of its own article.
/// A 2025 rate is never multiplied over a 2024 total.
/// </remarks>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record ConsistencyTable(IReadOnlyList<ConsistencyCheck> Rows) : Table<ConsistencyCheck>(Rows)
{
    private static readonly TableLayout<ConsistencyCheck> ConsistencyLayout = new(
        "Consistency of stated totals with monthly figures",
        [
            .. BasisColumns.For<ConsistencyCheck>(c => c.Basis),
            new("start", c => Cell.Period(c.Start)),
            new("as_of", c => Cell.Period(c.AsOf)),
            new("months", c => Cell.Integer(c.Months)),
            new("stated_low", c => Cell.Integer(c.StatedLow)),
            new("stated_high", c => Cell.Integer(c.StatedHigh)),
            new("stated_source", c => Cell.Text(c.StatedSource)),
            new("evidence", c => Cell.Enum(c.Evidence)),
            new("evidence_low", c => Cell.Number(c.EvidenceLow, 0)),
            new("evidence_high", c => Cell.Number(c.EvidenceHigh, 0)),
            new("evidence_source", c => Cell.Text(c.EvidenceSource)),
            new("months_covered", c => Cell.Integer(c.MonthsCovered)),
            new("implied_low", c => Cell.Number(c.ImpliedLow, 0)),
            new("implied_high", c => Cell.Number(c.ImpliedHigh, 0)),
            new("verdict", c => Cell.Enum(c.Verdict)),
            new("stated_vs_implied", c => Cell.Number(c.StatedVsImplied, 2)),
            new("stated_article", c => Cell.Text(c.StatedArticle)),
            new("stated_quote", c => Cell.Text(c.StatedQuote)),
            new("evidence_quote", c => Cell.Text(c.EvidenceQuote)),
        ],
        c => $"stated: {c.StatedQuote} | evidence: {c.EvidenceQuote}");

    internal override TableLayout<ConsistencyCheck> Layout => ConsistencyLayout;

    /// <summary>
    /// The checks of every estimate against the monthly figures of its basis: one per source of
    /// rates that apply (a source's several rates are alternatives: its lowest low and highest
    /// high), and one for the single months inside the period.
    /// </summary>
    public static ConsistencyTable From(IEnumerable<CumulativeEstimate> estimates, MonthlyFiguresTable monthly, PeriodPoint warStart)
    {
        var evidence = new Evidence(monthly.Rows.Where(f => f.Kind != MonthlyFigureKind.ImpliedAverage), warStart);
        return new(estimates.SelectMany(evidence.Checks).ToArray());
    }

    /// <summary>How many quotes a check lists; it says how many more there are.</summary>
    public const int MaxQuotes = 5;

    // A large corpus holds thousands of estimates and rates, but few bases and months: the evidence
    // for one basis and span of months is gathered once, so the table grows with the estimates, not
    // with estimates times rates.
    private sealed class Evidence(IEnumerable<MonthlyFigure> figures, PeriodPoint warStart)
    {
        private readonly ILookup<(Force, CountUnit, Metric), (MonthlyFigure Figure, int Order)> byBasis =
            figures.Select((f, order) => (f, order)).ToLookup(e => (e.f.Force, e.f.Unit, e.f.Metric));

        private readonly Dictionary<(Force, CountUnit, Metric, int, int), Gathered> gathered = [];

        public IEnumerable<ConsistencyCheck> Checks(CumulativeEstimate estimate)
        {
            var start = estimate.Start?.AsMonth ?? warStart;
            var end = estimate.AsOf.AsMonth;
            var key = (estimate.Basis.Force, estimate.Basis.Unit, estimate.Basis.Metric, start.MonthIndex, end.MonthIndex);
            if (!gathered.TryGetValue(key, out var here))
                gathered[key] = here = Gather(byBasis[(key.Force, key.Unit, key.Metric)], start, end);

            // A rate that holds at no known time applies only to totals of its own article.
            IEnumerable<RateGroup> rates = here.Unanchored.TryGetValue(estimate.Article, out var own)
                ? here.Rates.Concat(own).GroupBy(g => g.Source, StringComparer.Ordinal).Select(g => g.Aggregate(RateGroup.Merge)).OrderBy(g => g.Order)
                : here.Rates;
            foreach (var rate in rates)
                yield return Check(estimate, start, MonthlyFigureKind.StatedRate, rate.Low, rate.High, rate.Sources, rate.Quotes, estimate.Months,
                    rate.Low * estimate.Months, rate.High * estimate.Months);

            if (here.Singles is not { } singles) yield break;
            // Months without a figure could hold anything, so the implied total's top stays open.
            yield return Check(estimate, start, MonthlyFigureKind.SingleMonth, singles.Low, singles.High, singles.Sources, singles.Quotes,
                singles.Months, singles.Low, singles.Months == estimate.Months ? singles.High : null);
        }

        private static Gathered Gather(IEnumerable<(MonthlyFigure Figure, int Order)> same, PeriodPoint start, PeriodPoint end)
        {
            var rates = new List<RateGroup>();
            var unanchored = new Dictionary<string, List<RateGroup>>(StringComparer.Ordinal);
            var singles = new List<MonthlyFigure>();
            foreach (var (f, order) in same)
            {
                if (f.Kind == MonthlyFigureKind.StatedRate)
                {
                    var applies = Applies(f, start, end);
                    if (applies == false) continue;
                    var group = new RateGroup(f.Source, order, f.Low, f.High, [f.Quote], 1);
                    if (applies == true) rates.Add(group);
                    else if (unanchored.TryGetValue(f.Article, out var list)) list.Add(group);
                    else unanchored[f.Article] = [group];
                }
                else if (f.Kind == MonthlyFigureKind.SingleMonth && f.PeriodStart is PeriodPoint p && p.MonthIndex >= start.MonthIndex && p.MonthIndex <= end.MonthIndex)
                    singles.Add(f);
            }
            return new Gathered(
                BySource(rates),
                unanchored.ToDictionary(e => e.Key, e => BySource(e.Value), StringComparer.Ordinal),
                singles.Count == 0 ? null : SumOfMonths(singles));
        }

        private static List<RateGroup> BySource(List<RateGroup> rates) =>
            rates.GroupBy(g => g.Source, StringComparer.Ordinal).Select(g => g.Aggregate(RateGroup.Merge)).OrderBy(g => g.Order).ToList();

        // Several figures for one month are alternatives, not parts: the month counts its lowest low and highest high.
        private static SingleMonths SumOfMonths(List<MonthlyFigure> singles)
        {
            var months = singles.GroupBy(f => f.PeriodStart!.Value.MonthIndex).Select(month => (
                Low: month.Min(f => f.Low ?? 0),
                High: month.Any(f => f.High is null) ? (double?)null : month.Max(f => f.High!.Value))).ToList();
            var high = months.All(m => m.High is not null) ? months.Sum(m => m.High) : null;
            return new SingleMonths(months.Sum(m => m.Low), high, months.Count,
                singles.Select(f => f.Source).Distinct().ToList(), Quotes(singles.Select(f => f.Quote), singles.Count));
        }
    }

    // The monthly evidence for one basis and span of months.
    private sealed record Gathered(List<RateGroup> Rates, Dictionary<string, List<RateGroup>> Unanchored, SingleMonths? Singles);

    private sealed record SingleMonths(double Low, double? High, int Months, IReadOnlyList<string> Sources, string Quotes);

    // One source's rates, as alternatives; Order is its first rate's place in the monthly table.
    private sealed record RateGroup(string Source, int Order, double? Low, double? High, IReadOnlyList<string> QuoteList, int Count)
    {
        public IReadOnlyList<string> Sources => [Source];

        public string Quotes => ConsistencyTable.Quotes(QuoteList, Count);

        public static RateGroup Merge(RateGroup a, RateGroup b) => new(
            a.Source, Math.Min(a.Order, b.Order),
            a.Low is null || b.Low is null ? null : Math.Min(a.Low.Value, b.Low.Value),
            a.High is null || b.High is null ? null : Math.Max(a.High.Value, b.High.Value),
            a.Order <= b.Order ? [.. a.QuoteList.Concat(b.QuoteList).Take(MaxQuotes)] : [.. b.QuoteList.Concat(a.QuoteList).Take(MaxQuotes)],
            a.Count + b.Count);
    }

    private static string Quotes(IEnumerable<string> quotes, int count) =>
        string.Join(" | ", quotes.Take(MaxQuotes)) + (count > MaxQuotes ? $" | … and {count - MaxQuotes} more" : "");

    // True when the rate's months overlap the total's; false when not; null when the rate holds at no known time.
    private static bool? Applies(MonthlyFigure rate, PeriodPoint start, PeriodPoint end)
    {
        if (rate.PeriodStart is PeriodPoint from && rate.PeriodEnd is PeriodPoint to)
            return from.MonthIndex <= end.MonthIndex && to.MonthIndex >= start.MonthIndex;
        PeriodPoint? anchor = rate.PeriodEnd ?? rate.PeriodStart ?? (rate.Published is DateOnly published ? PeriodPoint.OfMonth(published) : null);
        return anchor is PeriodPoint at ? at.MonthIndex >= start.MonthIndex && at.MonthIndex <= end.MonthIndex : null;
    }

    private static ConsistencyCheck Check(
        CumulativeEstimate estimate, PeriodPoint start, MonthlyFigureKind kind, double? evidenceLow, double? evidenceHigh,
        IReadOnlyList<string> sources, string quotes, int covered, double? impliedLow, double? impliedHigh) => new()
    {
        Basis = estimate.Basis,
        Start = start,
        AsOf = estimate.AsOf,
        Months = estimate.Months,
        StatedLow = estimate.Low,
        StatedHigh = estimate.High,
        StatedSource = estimate.Source,
        StatedArticle = estimate.Article,
        StatedQuote = estimate.Quote,
        Evidence = kind,
        EvidenceLow = evidenceLow,
        EvidenceHigh = evidenceHigh,
        EvidenceSource = string.Join("; ", sources),
        EvidenceQuote = quotes,
        MonthsCovered = covered,
        ImpliedLow = impliedLow,
        ImpliedHigh = impliedHigh,
        Verdict = Bounds.Below(estimate.High, impliedLow) ? ConsistencyVerdict.StatedBelow
            : Bounds.Below(impliedHigh, estimate.Low) ? ConsistencyVerdict.StatedAbove
            : ConsistencyVerdict.Within,
        // A floor is no total to divide by.
        StatedVsImplied = impliedHigh is null ? null : Bounds.Ratio(Bounds.Central(estimate.Low, estimate.High), Bounds.Central(impliedLow, impliedHigh)),
    };
}
