using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// One figure an article states about the war's manpower (the spec's claim model). Missing
/// values are null, never zero.
/// </summary>
public sealed record Claim
{
    /// <summary>The article's file stem.</summary>
    public required string Article { get; init; }

    /// <summary>The phrase that states the figure: an exact substring of the article.</summary>
    public required string Quote { get; init; }

    public long? ValueLow { get; init; }
    public long? ValueHigh { get; init; }
    public Qualifier Qualifier { get; init; }
    public Metric Metric { get; init; }
    public CountUnit Unit { get; init; }
    public Rate Rate { get; init; }
    public Force Force { get; init; }
    public PeriodPoint? PeriodStart { get; init; }
    public PeriodPoint? PeriodEnd { get; init; }

    /// <summary>To whom the article attributes the figure; the outlet when unattributed.</summary>
    public required string Source { get; init; }

    /// <summary>Where <see cref="Quote"/> starts in the article's text; null for gold rows.</summary>
    public int? QuoteStart { get; init; }

    /// <summary>The sentence that holds the quote; null for gold rows.</summary>
    public string? Sentence { get; init; }

    /// <summary>The article's publication date; null for gold rows.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>What the analyst's review file says of the claim; <see cref="ClaimReview.Extracted"/> when nothing.</summary>
    public ClaimReview Review { get; init; } = ClaimReview.Extracted;
}
