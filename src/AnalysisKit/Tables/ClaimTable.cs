using AnalysisKit.Claims;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tables;

/// <summary>
/// The claims table: one row per claim, in exactly the spec's columns and order
/// (<c>article,quote,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source</c>).
/// On screen a <c>review</c> column follows when a review file names some claim.
/// </summary>
[TypeFormatterSource(typeof(TableFormatterSource), PreferredMimeTypes = ["text/html", "text/csv"])]
public sealed record ClaimTable(IReadOnlyList<Claim> Rows) : Table<Claim>(Rows)
{
    private static readonly TableLayout<Claim> ClaimLayout = new(
        "Claims",
        [
            new("article", c => Cell.Text(c.Article)),
            new("quote", c => Cell.Text(c.Quote)),
            new("value_low", c => Cell.Integer(c.ValueLow)),
            new("value_high", c => Cell.Integer(c.ValueHigh)),
            new("qualifier", c => Cell.Enum(c.Qualifier)),
            new("metric", c => Cell.Enum(c.Metric)),
            new("unit", c => Cell.Enum(c.Unit)),
            new("rate", c => Cell.Enum(c.Rate)),
            new("force", c => Cell.Enum(c.Force)),
            new("period_start", c => Cell.Period(c.PeriodStart)),
            new("period_end", c => Cell.Period(c.PeriodEnd)),
            new("source", c => Cell.Text(c.Source)),
        ],
        // The quote is a column already; hovering shows the sentence around it when known.
        c => c.Sentence ?? c.Quote,
        // The spec's CSV has no publication date; a frame carries it so an analyst can place undated figures.
        [new("published", c => Cell.Date(c.Published))]);

    /// <summary>The claims, one per row.</summary>
    public IReadOnlyList<Claim> Claims => Rows;

    internal override TableLayout<Claim> Layout => ClaimLayout.WithReview(Rows, c => c.Review);

    // The CSV stays in the spec's columns (a reviewed table scores like a gold file); the review shows on screen.
    internal override TableLayout<Claim> CsvLayout => ClaimLayout;
}
