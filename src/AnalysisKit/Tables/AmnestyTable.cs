using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// Amnesty returns side by side (as-of date, qualifier, source), then the totals implied by a
/// share stated in the same sentence: a count N that is "less than X% of" a total puts the
/// total above N / X; "more than X% of" puts it below N / X; "about X% of" near N / X.
/// </summary>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record AmnestyTable(IReadOnlyList<AmnestyFigure> Rows) : Table<AmnestyFigure>(Rows)
{
    private static readonly ShareParser Shares = new();

    private static readonly TableLayout<AmnestyFigure> AmnestyLayout = new(
        "Amnesty returns",
        [
            new("kind", f => Cell.Enum(f.Kind)),
            new("as_of", f => Cell.Period(f.AsOf)),
            new("low", f => Cell.Integer(f.Low)),
            new("high", f => Cell.Integer(f.High)),
            new("qualifier", f => Cell.Enum(f.Qualifier)),
            new("unit", f => Cell.Enum(f.Unit)),
            new("force", f => Cell.Enum(f.Force)),
            new("source", f => Cell.Text(f.Source)),
            new("article", f => Cell.Text(f.Article)),
            new("quote", f => Cell.Text(f.Quote)),
            new("share", f => Cell.Text(f.Share)),
            new("implied_of", f => Cell.Text(f.ImpliedOf)),
            new("sentence", f => Cell.Text(f.Sentence)),
        ],
        f => f.Sentence ?? f.Quote);

    internal override TableLayout<AmnestyFigure> Layout => AmnestyLayout.WithReview(Rows, r => r.Review);

    /// <summary>The stated rows only.</summary>
    public IReadOnlyList<AmnestyFigure> Stated => Rows.Where(f => f.Kind == AmnestyFigureKind.Stated).ToArray();

    /// <summary>The implied rows only.</summary>
    public IReadOnlyList<AmnestyFigure> Implied => Rows.Where(f => f.Kind == AmnestyFigureKind.Implied).ToArray();

    /// <summary>The amnesty figures of a claims table.</summary>
    public static AmnestyTable From(ClaimTable claims) => From(claims.Rows);

    /// <summary>The amnesty figures of some claims: stated rows by as-of date, then implied rows.</summary>
    public static AmnestyTable From(IEnumerable<Claim> claims)
    {
        var returns = claims.Where(c => c.Metric == Metric.AmnestyReturns).ToList();
        var stated = returns.Select(StatedFigure);
        var implied = returns.Select(ImpliedFigure).OfType<AmnestyFigure>();
        return new(stated.Concat(implied)
            .OrderBy(f => f.Kind)
            .ThenBy(f => f.AsOf is null)
            .ThenBy(f => f.AsOf)
            .ThenBy(f => f.Source, StringComparer.Ordinal)
            .ThenBy(f => f.Article, StringComparer.Ordinal)
            .ThenBy(f => f.Quote, StringComparer.Ordinal)
            .ToArray());
    }

    private static AmnestyFigure StatedFigure(Claim claim) => new()
    {
        Kind = AmnestyFigureKind.Stated,
        AsOf = claim.PeriodEnd,
        Low = claim.ValueLow,
        High = claim.ValueHigh,
        Qualifier = claim.Qualifier,
        Unit = claim.Unit,
        Force = claim.Force,
        Source = SourceName.Normalise(claim.Source),
        Article = claim.Article,
        Quote = claim.Quote,
        Review = claim.Review,
    };

    private static AmnestyFigure? ImpliedFigure(Claim claim)
    {
        if (claim.Sentence is null) return null;
        var share = Shares.Find(claim.Sentence, claim.Quote);
        if (share is null) return null;
        // N = share × T, so T = N / share; a share that is at most X leaves T's top open.
        long? low = share.Hedge is Qualifier.Over ? null : Divide(claim.ValueLow, share.Fraction);
        long? high = share.Hedge is Qualifier.Under ? null : Divide(claim.ValueHigh, share.Fraction);
        if (low is null && high is null) return null;
        return StatedFigure(claim) with
        {
            Kind = AmnestyFigureKind.Implied,
            Low = low,
            High = high,
            Qualifier = ImpliedQualifier(low, high, share.Hedge == Qualifier.Exact && claim.Qualifier == Qualifier.Exact),
            CountLow = claim.ValueLow,
            CountHigh = claim.ValueHigh,
            Share = share.Phrase,
            ImpliedOf = share.Of,
            Sentence = claim.Sentence,
        };
    }

    private static long? Divide(long? value, decimal fraction) =>
        value is long v ? (long)Math.Round(v / fraction, MidpointRounding.AwayFromZero) : null;

    private static Qualifier ImpliedQualifier(long? low, long? high, bool exact) => (low, high) switch
    {
        (null, _) => Qualifier.Under,
        (_, null) => Qualifier.Over,
        _ when low != high => Qualifier.Range,
        _ => exact ? Qualifier.Exact : Qualifier.Approx,
    };
}
