namespace AnalysisKit.Claims.Review;

/// <summary>A review row that no longer applies (the extraction changed), and why.</summary>
public sealed record StaleReviewRow(ReviewRow Row, string File, string Reason)
{
    /// <summary><c>review.csv:LINE: reason</c>, as the CLI prints it.</summary>
    public override string ToString() => $"{File}:{Row.Line}: {Reason}";
}
