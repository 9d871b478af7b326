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

    /// <summary>The checks of every estimate against the monthly figures of its basis.</summary>
    public static ConsistencyTable From(IEnumerable<CumulativeEstimate> estimates, MonthlyFiguresTable monthly, PeriodPoint warStart)
    {
        var evidence = monthly.Rows.Where(f => f.Kind != MonthlyFigureKind.ImpliedAverage).ToList();
        return new(estimates.SelectMany(estimate => Checks(estimate, evidence, warStart)).ToArray());
    }

    private static IEnumerable<ConsistencyCheck> Checks(CumulativeEstimate estimate, IReadOnlyList<MonthlyFigure> evidence, PeriodPoint warStart)
    {
        var start = estimate.Start?.AsMonth ?? warStart;
        var end = estimate.AsOf.AsMonth;
        var same = evidence.Where(f => f.Force == estimate.Basis.Force && f.Unit == estimate.Basis.Unit && f.Metric == estimate.Basis.Metric).ToList();
        foreach (var rate in same.Where(f => f.Kind == MonthlyFigureKind.StatedRate && Applies(f, start, end, estimate.Article)))
            yield return Check(estimate, start, MonthlyFigureKind.StatedRate, rate.Low, rate.High, [rate], estimate.Months,
                rate.Low * estimate.Months, rate.High * estimate.Months);

        var singles = same.Where(f => f.Kind == MonthlyFigureKind.SingleMonth && f.PeriodStart is PeriodPoint p && p.MonthIndex >= start.MonthIndex && p.MonthIndex <= end.MonthIndex).ToList();
        if (singles.Count == 0) yield break;
        // Several figures for one month are alternatives, not parts: the month counts its lowest low and highest high.
        var months = singles.GroupBy(f => f.PeriodStart!.Value.MonthIndex).Select(month => (
            Low: month.Min(f => f.Low ?? 0),
            High: month.Any(f => f.High is null) ? (double?)null : month.Max(f => f.High!.Value))).ToList();
        var low = months.Sum(m => m.Low);
        var high = months.All(m => m.High is not null) ? months.Sum(m => m.High) : null;
        // Months without a figure could hold anything, so the implied total's top stays open.
        yield return Check(estimate, start, MonthlyFigureKind.SingleMonth, low, high,
            singles, months.Count, low, months.Count == estimate.Months ? high : null);
    }

    private static bool Applies(MonthlyFigure rate, PeriodPoint start, PeriodPoint end, string article)
    {
        if (rate.PeriodStart is PeriodPoint from && rate.PeriodEnd is PeriodPoint to)
            return from.MonthIndex <= end.MonthIndex && to.MonthIndex >= start.MonthIndex;
        PeriodPoint? anchor = rate.PeriodEnd ?? rate.PeriodStart ?? (rate.Published is DateOnly published ? PeriodPoint.OfMonth(published) : null);
        return anchor is PeriodPoint at ? at.MonthIndex >= start.MonthIndex && at.MonthIndex <= end.MonthIndex : rate.Article == article;
    }

    private static ConsistencyCheck Check(
        CumulativeEstimate estimate, PeriodPoint start, MonthlyFigureKind kind, double? evidenceLow, double? evidenceHigh,
        IReadOnlyList<MonthlyFigure> figures, int covered, double? impliedLow, double? impliedHigh) => new()
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
        EvidenceSource = string.Join("; ", figures.Select(f => f.Source).Distinct()),
        EvidenceQuote = string.Join(" | ", figures.Select(f => f.Quote)),
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
