using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// Cumulative AWOL and desertion totals — since the full-scale war (a stated start of 2022-02,
/// or no stated start) or year to date (January to a later month of the same year) — grouped by
/// basis and sorted by value, each compared with the reference series; with the spread per
/// basis (<see cref="Spread"/>) and the check against monthly figures (<see cref="Consistency"/>).
/// </summary>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record CumulativeTable(IReadOnlyList<CumulativeEstimate> Rows, SpreadTable Spread, ConsistencyTable Consistency)
    : Table<CumulativeEstimate>(Rows)
{
    private static readonly TableLayout<CumulativeEstimate> EstimateLayout = new(
        "Cumulative estimates",
        [
            .. BasisColumns.For<CumulativeEstimate>(e => e.Basis),
            new("start", e => Cell.Period(e.Start)),
            new("as_of", e => Cell.Period(e.AsOf)),
            new("months", e => Cell.Integer(e.Months)),
            new("low", e => Cell.Integer(e.Low)),
            new("high", e => Cell.Integer(e.High)),
            new("qualifier", e => Cell.Enum(e.Qualifier)),
            new("source", e => Cell.Text(e.Source)),
            new("reference", e => Cell.Flag(e.IsReference)),
            new("projection", e => Cell.Flag(e.IsProjection)),
            new("reference_value", e => Cell.Integer(e.ReferenceValue)),
            new("reference_as_of", e => Cell.Period(e.ReferenceAsOf)),
            new("reference_source", e => Cell.Text(e.ReferenceSource)),
            new("reference_basis", e => Cell.Text(e.ReferenceBasis)),
            new("low_vs_reference", e => Cell.Number(e.LowVsReference, 2)),
            new("high_vs_reference", e => Cell.Number(e.HighVsReference, 2)),
            new("article", e => Cell.Text(e.Article)),
            new("quote", e => Cell.Text(e.Quote)),
        ],
        e => e.Quote);

    internal override TableLayout<CumulativeEstimate> Layout => EstimateLayout.WithReview(Rows, r => r.Review);

    /// <summary>The cumulative estimates of a claims table, with the default options.</summary>
    public static CumulativeTable From(ClaimTable claims) => From(claims.Rows, CumulativeOptions.Default);

    /// <summary>The cumulative estimates of a claims table.</summary>
    public static CumulativeTable From(ClaimTable claims, CumulativeOptions options) => From(claims.Rows, options);

    /// <summary>The cumulative estimates of some claims.</summary>
    public static CumulativeTable From(IEnumerable<Claim> claims, CumulativeOptions? options = null)
    {
        options ??= CumulativeOptions.Default;
        var all = claims.ToList();
        var estimates = all.Select(claim => ToEstimate(claim, options)).OfType<CumulativeEstimate>()
            .OrderBy(e => e.Basis.Force)
            .ThenBy(e => e.Basis.Span)
            .ThenBy(e => e.Basis.Year)
            .ThenBy(e => e.Basis.Unit)
            .ThenBy(e => e.Basis.Metric)
            .ThenBy(e => e.SortValue)
            .ThenBy(e => e.AsOf)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Article, StringComparer.Ordinal)
            .ToList();
        // By force and span, so each estimate looks only at the references it can be compared with.
        var references = estimates.Where(e => e.IsReference && !e.IsProjection).ToLookup(e => (e.Basis.Force, e.Basis.Span, e.Basis.Year));
        var compared = estimates.Select(e => e.IsReference ? e : Compare(e, references[(e.Basis.Force, e.Basis.Span, e.Basis.Year)])).ToArray();
        return new(
            compared,
            SpreadTable.From(compared),
            ConsistencyTable.From(compared, MonthlyFiguresTable.From(all), options.WarStart));
    }

    private static CumulativeEstimate? ToEstimate(Claim claim, CumulativeOptions options)
    {
        if (claim.Rate != Rate.Total || !options.Metrics.Contains(claim.Metric)) return null;
        if (claim.PeriodEnd is not PeriodPoint end || (claim.ValueLow is null && claim.ValueHigh is null)) return null;
        var warStart = options.WarStart.AsMonth;
        (CumulativeSpan Span, int? Year)? span = claim.PeriodStart?.AsMonth switch
        {
            null => (CumulativeSpan.SinceFullScaleWar, null),
            PeriodPoint start when start == warStart => (CumulativeSpan.SinceFullScaleWar, null),
            PeriodPoint start when start.Month == 1 && start.Year == end.Year => (CumulativeSpan.YearToDate, start.Year),
            _ => null,
        };
        // One month is a single-month figure (the monthly table's), not a running total.
        if (span is null || MonthCount.Between(claim.PeriodStart ?? warStart, end) is not (int months and > 1)) return null;
        return new CumulativeEstimate
        {
            Basis = new CumulativeBasis(claim.Unit, claim.Metric, claim.Force, span.Value.Span, span.Value.Year),
            Start = claim.PeriodStart,
            AsOf = end,
            Months = months,
            Low = claim.ValueLow,
            High = claim.ValueHigh,
            Qualifier = claim.Qualifier,
            Source = SourceName.Normalise(claim.Source),
            Article = claim.Article,
            Quote = claim.Quote,
            Review = claim.Review,
            IsReference = options.IsReference(SourceName.Normalise(claim.Source)),
            IsProjection = Projection.IsProjection(claim),
        };
    }

    /// <summary>
    /// The reference estimate nearest in kind, then in time: same basis, else the same metric in
    /// the other unit, else the same unit, else any of the same force and span.
    /// </summary>
    private static CumulativeEstimate Compare(CumulativeEstimate estimate, IEnumerable<CumulativeEstimate> references)
    {
        var basis = estimate.Basis;
        var reference = references
            .OrderBy(r => (r.Basis.Metric == basis.Metric ? 0 : 2) + (r.Basis.Unit == basis.Unit ? 0 : 1))
            .ThenBy(r => Math.Abs(r.AsOf.MonthIndex - estimate.AsOf.MonthIndex))
            .ThenByDescending(r => r.AsOf)
            .ThenBy(r => r.Low is null || r.High is null)
            .ThenBy(r => r.Article, StringComparer.Ordinal)
            .ThenBy(r => r.Quote, StringComparer.Ordinal)
            .FirstOrDefault();
        if (reference is null) return estimate;
        var value = (long?)Math.Round(Bounds.Central(reference.Low, reference.High) ?? 0);
        return estimate with
        {
            ReferenceValue = value,
            ReferenceSource = reference.Source,
            ReferenceAsOf = reference.AsOf,
            ReferenceBasis = reference.Basis.Label,
            LowVsReference = Bounds.Ratio(estimate.Low, value),
            HighVsReference = Bounds.Ratio(estimate.High, value),
        };
    }
}
