using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// One row of the monthly-figures table: a figure per month, stated or implied, with the claim
/// it comes from. Bounds are null when open (<c>over 21,000</c> has no high), never zero.
/// </summary>
public sealed record MonthlyFigure
{
    /// <summary>The first month covered; null for a rate with no stated period.</summary>
    public PeriodPoint? PeriodStart { get; init; }

    /// <summary>The last month covered; null for a rate with no stated period.</summary>
    public PeriodPoint? PeriodEnd { get; init; }

    /// <summary>The months in the period, both ends counted (see the table's remarks); null when the period is unknown.</summary>
    public int? Months { get; init; }

    /// <summary>The low bound per month: the stated value, or the total's low divided by <see cref="Months"/>.</summary>
    public double? Low { get; init; }

    /// <summary>The high bound per month; null when open.</summary>
    public double? High { get; init; }

    public MonthlyFigureKind Kind { get; init; }
    public Qualifier Qualifier { get; init; }
    public Metric Metric { get; init; }
    public CountUnit Unit { get; init; }
    public Force Force { get; init; }
    public required string Source { get; init; }
    public required string Article { get; init; }
    public required string Quote { get; init; }

    /// <summary>A forecast ("may reach 300,000 this year"), not a reported figure; see <see cref="Projection"/>.</summary>
    public bool IsProjection { get; init; }

    /// <summary>The review of the claim the row comes from (corrected, confirmed, added or as extracted).</summary>
    public ClaimReview Review { get; init; } = ClaimReview.Extracted;

    /// <summary>The article's publication date when known: when a rate with no stated period holds.</summary>
    public DateOnly? Published { get; init; }
}
