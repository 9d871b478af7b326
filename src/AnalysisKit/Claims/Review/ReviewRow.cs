namespace AnalysisKit.Claims.Review;

/// <summary>
/// One decision of a review file, keyed by article and quote. <see cref="Values"/> holds the
/// claim columns the row fills: what a correction changes, or the whole claim of an addition.
/// </summary>
public sealed record ReviewRow
{
    /// <summary>The 1-based line of the row in its file.</summary>
    public required int Line { get; init; }

    public required ReviewAction Action { get; init; }
    public required string Article { get; init; }

    /// <summary>An exact substring of the article: the phrase that states the figure.</summary>
    public required string Quote { get; init; }

    public IReadOnlyList<ReviewValue> Values { get; init; } = [];
    public string Note { get; init; } = "";
}
