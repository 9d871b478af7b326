namespace AnalysisKit.Articles;

/// <summary>
/// One row of a corpus manifest: which article, where and when it was published.
/// </summary>
/// <param name="Article">The article's file stem (the file is <c>Article + ".txt"</c>).</param>
/// <param name="Outlet">The outlet that published it; <c>unknown</c> when the manifest leaves it empty.</param>
/// <param name="Title">The headline, or empty.</param>
/// <param name="Published">The publication date that relative periods resolve against.</param>
/// <param name="PublishedIsEstimate">True when the page does not state the date and it was estimated.</param>
public sealed record ManifestEntry(string Article, string Outlet, string Title, DateOnly Published, bool PublishedIsEstimate)
{
    /// <summary>The 1-based line of the manifest this entry was read from, when read from a file.</summary>
    public int? Line { get; init; }
}
