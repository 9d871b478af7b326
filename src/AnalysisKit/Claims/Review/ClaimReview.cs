namespace AnalysisKit.Claims.Review;

/// <summary>
/// What the analyst's review says of a claim: its status, the note, and for a corrected claim
/// the claim as extracted and the columns changed.
/// </summary>
public sealed record ClaimReview
{
    /// <summary>The review of a claim no row names: as extracted.</summary>
    public static ClaimReview Extracted { get; } = new() { Status = ReviewStatus.Extracted };

    public ReviewStatus Status { get; init; }

    /// <summary>The analyst's reason, from the row's <c>note</c> column; empty when none.</summary>
    public string Note { get; init; } = "";

    /// <summary>The claim as the extractor read it; null unless <see cref="ReviewStatus.Corrected"/>.</summary>
    public Claim? Original { get; init; }

    /// <summary>The columns a correction changed, in the file's column order.</summary>
    public IReadOnlyList<ReviewChange> Changes { get; init; } = [];

    /// <summary>The review file and its 1-based line; null for an extracted claim.</summary>
    public string? File { get; init; }

    public int? Line { get; init; }

    /// <summary>Whether a review row names this claim (confirmed, corrected or added).</summary>
    public bool IsReviewed => Status != ReviewStatus.Extracted;

    /// <summary>
    /// The line a hover or table shows: <c>corrected by review: metric awol → desertion (note)</c>;
    /// empty for an extracted claim.
    /// </summary>
    public override string ToString()
    {
        var said = Status switch
        {
            ReviewStatus.Confirmed => "confirmed by review",
            ReviewStatus.Corrected => "corrected by review: " + string.Join("; ", Changes),
            ReviewStatus.Added => "added by review",
            _ => "",
        };
        return said.Length > 0 && Note.Length > 0 ? $"{said} ({Note})" : said;
    }
}
