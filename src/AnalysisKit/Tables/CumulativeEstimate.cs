using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// One cumulative total (since the full-scale war or year to date) with open bounds kept open,
/// and how it compares with the reference (Prosecutor-General) series.
/// </summary>
public sealed record CumulativeEstimate
{
    public required CumulativeBasis Basis { get; init; }

    /// <summary>The period start as stated; null when the article gives none (counted from the war's start).</summary>
    public PeriodPoint? Start { get; init; }

    /// <summary>The period end: the date the total is as of.</summary>
    public PeriodPoint AsOf { get; init; }

    /// <summary>Months from the (effective) start to <see cref="AsOf"/>, both counted.</summary>
    public int Months { get; init; }

    /// <summary>The low bound; null when open (<c>up to 300,000</c>).</summary>
    public long? Low { get; init; }

    /// <summary>The high bound; null when open (<c>over 230,000</c>).</summary>
    public long? High { get; init; }

    public Qualifier Qualifier { get; init; }
    public required string Source { get; init; }
    public required string Article { get; init; }
    public required string Quote { get; init; }

    /// <summary>The review of the claim the row comes from (corrected, confirmed, added or as extracted).</summary>
    public ClaimReview Review { get; init; } = ClaimReview.Extracted;

    /// <summary>Whether the source belongs to the reference series.</summary>
    public bool IsReference { get; init; }

    /// <summary>Whether the period ends after publication (<c>may reach 300,000 this year</c>); left out of spreads.</summary>
    public bool IsProjection { get; init; }

    /// <summary>The reference figure compared against: the nearest reference estimate, same basis first.</summary>
    public long? ReferenceValue { get; init; }

    public string? ReferenceSource { get; init; }
    public PeriodPoint? ReferenceAsOf { get; init; }

    /// <summary>The reference's basis label; differs from <see cref="Basis"/> when no same-basis reference exists (persons vs cases!).</summary>
    public string? ReferenceBasis { get; init; }

    /// <summary><see cref="Low"/> divided by <see cref="ReferenceValue"/>.</summary>
    public double? LowVsReference { get; init; }

    /// <summary><see cref="High"/> divided by <see cref="ReferenceValue"/>.</summary>
    public double? HighVsReference { get; init; }

    /// <summary>The figure an estimate is sorted and compared by: its low, or its high when the low is open.</summary>
    internal long SortValue => Low ?? High ?? 0;
}
