using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// One row of the amnesty table: a count of soldiers who returned under the voluntary-return
/// program, or a total implied by the share such a count is said to be.
/// </summary>
public sealed record AmnestyFigure
{
    public AmnestyFigureKind Kind { get; init; }

    /// <summary>The date the figure is as of: the claim's period end.</summary>
    public PeriodPoint? AsOf { get; init; }

    /// <summary>The low bound; null when open.</summary>
    public long? Low { get; init; }

    /// <summary>The high bound; null when open.</summary>
    public long? High { get; init; }

    public Qualifier Qualifier { get; init; }
    public CountUnit Unit { get; init; }
    public Force Force { get; init; }
    public required string Source { get; init; }
    public required string Article { get; init; }

    /// <summary>The quote of the amnesty claim (for an implied row, the claim it is implied from).</summary>
    public required string Quote { get; init; }

    /// <summary>The review of the claim the row comes from (corrected, confirmed, added or as extracted).</summary>
    public ClaimReview Review { get; init; } = ClaimReview.Extracted;

    /// <summary>For an implied row, the share as stated (<c>less than 10%</c>).</summary>
    public string? Share { get; init; }

    /// <summary>For an implied row, what the implied figure is a total of (<c>the estimated total deserters</c>).</summary>
    public string? ImpliedOf { get; init; }

    /// <summary>For an implied row, the low bound of the count it is implied from.</summary>
    public long? CountLow { get; init; }

    /// <summary>For an implied row, the high bound of the count it is implied from.</summary>
    public long? CountHigh { get; init; }

    /// <summary>For an implied row, the sentence that implies it.</summary>
    public string? Sentence { get; init; }
}
