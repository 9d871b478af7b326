using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// The spread of comparable cumulative estimates: one row per basis with at least one
/// estimate, then one row per force and span across units and metrics. Projections are left
/// out: they are not estimates of what has happened.
/// </summary>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record SpreadTable(IReadOnlyList<EstimateSpread> Rows) : Table<EstimateSpread>(Rows)
{
    private static readonly TableLayout<EstimateSpread> SpreadLayout = new(
        "Spread of cumulative estimates",
        [
            new("scope", s => Cell.Text(s.Scope)),
            new("force", s => Cell.Enum(s.Force)),
            new("span", s => Cell.Enum(s.Span)),
            new("year", s => Cell.Code(s.Year)),
            new("unit", s => Cell.Enum(s.Unit)),
            new("metric", s => Cell.Enum(s.Metric)),
            new("estimates", s => Cell.Integer(s.Estimates)),
            new("lowest", s => Cell.Integer(s.Lowest)),
            new("lowest_is_upper_bound", s => Cell.Flag(s.LowestIsUpperBound)),
            new("lowest_source", s => Cell.Text(s.LowestSource)),
            new("highest", s => Cell.Integer(s.Highest)),
            new("highest_is_lower_bound", s => Cell.Flag(s.HighestIsLowerBound)),
            new("highest_source", s => Cell.Text(s.HighestSource)),
            new("ratio", s => Cell.Number(s.Ratio, 2)),
            new("difference", s => Cell.Integer(s.Difference)),
        ],
        s => $"lowest: {s.LowestQuote} ({s.LowestSource}); highest: {s.HighestQuote} ({s.HighestSource})");

    internal override TableLayout<EstimateSpread> Layout => SpreadLayout;

    /// <summary>The spreads of some estimates (as ordered by <see cref="CumulativeTable"/>).</summary>
    public static SpreadTable From(IEnumerable<CumulativeEstimate> estimates)
    {
        var actual = estimates.Where(e => !e.IsProjection).ToList();
        var perBasis = actual.GroupBy(e => e.Basis).Select(group => Spread(group.Key.Label, group.ToList()) with
        {
            Unit = group.Key.Unit,
            Metric = group.Key.Metric,
        });
        var acrossBases = actual.GroupBy(e => (e.Basis.Force, e.Basis.Span, e.Basis.Year))
            .Select(group => Spread(
                $"{group.Key.Force} all, {CumulativeBasis.SpanLabel(group.Key.Span, group.Key.Year)}",
                group.ToList()));
        return new(perBasis.Concat(acrossBases).ToArray());
    }

    private static EstimateSpread Spread(string scope, IReadOnlyList<CumulativeEstimate> estimates)
    {
        var lowest = estimates.MinBy(e => e.Low ?? e.High)!;
        var highest = estimates.MaxBy(e => e.High ?? e.Low)!;
        long low = lowest.Low ?? lowest.High ?? 0, high = highest.High ?? highest.Low ?? 0;
        var basis = estimates[0].Basis;
        return new EstimateSpread
        {
            Scope = scope,
            Force = basis.Force,
            Span = basis.Span,
            Year = basis.Year,
            Estimates = estimates.Count,
            Lowest = low,
            LowestSource = lowest.Source,
            LowestQuote = lowest.Quote,
            LowestIsUpperBound = lowest.Low is null,
            Highest = high,
            HighestSource = highest.Source,
            HighestQuote = highest.Quote,
            HighestIsLowerBound = highest.High is null,
            Ratio = Bounds.Ratio(high, low),
            Difference = high - low,
        };
    }
}
