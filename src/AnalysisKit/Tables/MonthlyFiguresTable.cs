using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// Figures per month: totals of a single month, stated per-month rates, and the implied monthly
/// average of every multi-month total.
/// </summary>
/// <remarks>
/// Months are counted at month precision, inclusive of both ends: <c>120,000 since January</c>
/// published in November is 120,000 / 11. A total whose period has no start cannot be averaged
/// and is left out, as are counts of standing personnel (a stock, not a flow per month).
/// </remarks>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record MonthlyFiguresTable(IReadOnlyList<MonthlyFigure> Rows) : Table<MonthlyFigure>(Rows)
{
    private static readonly TableLayout<MonthlyFigure> MonthlyLayout = new(
        "Monthly figures",
        [
            new("period_start", f => Cell.Period(f.PeriodStart)),
            new("period_end", f => Cell.Period(f.PeriodEnd)),
            new("months", f => Cell.Integer(f.Months)),
            new("low", f => Cell.Number(f.Low, 0)),
            new("high", f => Cell.Number(f.High, 0)),
            new("qualifier", f => Cell.Enum(f.Qualifier)),
            new("kind", f => Cell.Enum(f.Kind)),
            new("metric", f => Cell.Enum(f.Metric)),
            new("unit", f => Cell.Enum(f.Unit)),
            new("force", f => Cell.Enum(f.Force)),
            new("projection", f => Cell.Flag(f.IsProjection)),
            new("source", f => Cell.Text(f.Source)),
            new("article", f => Cell.Text(f.Article)),
            new("quote", f => Cell.Text(f.Quote)),
        ],
        f => f.Quote,
        [new("published", f => Cell.Date(f.Published))]);

    internal override TableLayout<MonthlyFigure> Layout => MonthlyLayout.WithReview(Rows, r => r.Review);

    /// <summary>The monthly figures of a claims table.</summary>
    public static MonthlyFiguresTable From(ClaimTable claims) => From(claims.Rows);

    /// <summary>The monthly figures of some claims, ordered by period, then source.</summary>
    public static MonthlyFiguresTable From(IEnumerable<Claim> claims) =>
        new(claims.Where(claim => claim.Metric != Metric.Personnel)
            .Select(ToFigure)
            .OfType<MonthlyFigure>()
            .OrderBy(f => f.PeriodStart is null)
            .ThenBy(f => f.PeriodStart)
            .ThenBy(f => f.PeriodEnd)
            .ThenBy(f => f.Kind)
            .ThenBy(f => f.Source, StringComparer.Ordinal)
            .ThenBy(f => f.Article, StringComparer.Ordinal)
            .ThenBy(f => f.Quote, StringComparer.Ordinal)
            .ToArray());

    private static MonthlyFigure? ToFigure(Claim claim)
    {
        if (claim.ValueLow is null && claim.ValueHigh is null) return null;
        var months = MonthCount.Between(claim.PeriodStart, claim.PeriodEnd);
        if (claim.Rate == Rate.PerMonth)
            return Figure(claim, MonthlyFigureKind.StatedRate, months, claim.ValueLow, claim.ValueHigh);
        return months switch
        {
            null => null,
            1 => Figure(claim, MonthlyFigureKind.SingleMonth, months, claim.ValueLow, claim.ValueHigh),
            int n => Figure(claim, MonthlyFigureKind.ImpliedAverage, n, claim.ValueLow / (double)n, claim.ValueHigh / (double)n),
        };
    }

    private static MonthlyFigure Figure(Claim claim, MonthlyFigureKind kind, int? months, double? low, double? high) => new()
    {
        PeriodStart = claim.PeriodStart,
        PeriodEnd = claim.PeriodEnd,
        Months = months,
        Low = low,
        High = high,
        Kind = kind,
        Qualifier = claim.Qualifier,
        Metric = claim.Metric,
        Unit = claim.Unit,
        Force = claim.Force,
        Source = SourceName.Normalise(claim.Source),
        Article = claim.Article,
        Quote = claim.Quote,
        Review = claim.Review,
        Published = claim.Published,
        IsProjection = Projection.IsProjection(claim),
    };
}
