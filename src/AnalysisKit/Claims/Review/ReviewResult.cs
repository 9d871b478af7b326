namespace AnalysisKit.Claims.Review;

/// <summary>The claims after a review, and what the review did to the raw extraction.</summary>
public sealed record ReviewResult
{
    /// <summary>No review: the extraction as it stands.</summary>
    public static ReviewResult None(IReadOnlyList<Claim> claims) => new() { Claims = claims };

    /// <summary>The reviewed claims: rejected ones gone, corrected ones changed, added ones in place by position.</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>The review file applied; null when there was none.</summary>
    public string? File { get; init; }

    /// <summary>Every row of the file, in file order.</summary>
    public IReadOnlyList<ReviewRow> Rows { get; init; } = [];

    /// <summary>The extracted claims a <c>reject</c> row took out, each with its row.</summary>
    public IReadOnlyList<(Claim Claim, ReviewRow Row)> Rejected { get; init; } = [];

    /// <summary>Rows that no longer apply to the extraction (see <see cref="StaleReviewRow.Reason"/>).</summary>
    public IReadOnlyList<StaleReviewRow> Stale { get; init; } = [];

    /// <summary>Claims corrected by the review.</summary>
    public IEnumerable<Claim> Corrected => Claims.Where(c => c.Review.Status == ReviewStatus.Corrected);

    /// <summary>Claims the review added.</summary>
    public IEnumerable<Claim> Added => Claims.Where(c => c.Review.Status == ReviewStatus.Added);

    /// <summary>Claims no row confirms, corrects or adds: what is left to review.</summary>
    public IEnumerable<Claim> Awaiting => Claims.Where(c => !c.Review.IsReviewed);

    /// <summary>
    /// One line per change against the raw extraction, in file order:
    /// <c>review.csv:12: corrected 003_… “quote”: metric awol → desertion (note)</c>.
    /// </summary>
    public IReadOnlyList<string> Diff()
    {
        var lines = new List<(int Line, string Text)>();
        foreach (var claim in Claims.Where(c => c.Review.Status is ReviewStatus.Corrected or ReviewStatus.Added))
            lines.Add((claim.Review.Line ?? 0, $"{claim.Review.Status.ToString().ToLowerInvariant()} {claim.Article} “{claim.Quote}”: " +
                (claim.Review.Status == ReviewStatus.Added ? ReviewFile.Summary(claim) : string.Join("; ", claim.Review.Changes)) + NoteOf(claim.Review.Note)));
        foreach (var (claim, row) in Rejected)
            lines.Add((row.Line, $"rejected {claim.Article} “{claim.Quote}”: {ReviewFile.Summary(claim)}{NoteOf(row.Note)}"));
        return lines.OrderBy(l => l.Line).Select(l => $"{File}:{l.Line}: {l.Text}").ToList();
    }

    private static string NoteOf(string note) => note.Length > 0 ? $" ({note})" : "";
}
