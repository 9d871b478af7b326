namespace AnalysisKit.Articles;

/// <summary>
/// One article: its original text, the sentences of its body (page furniture left out) with
/// offsets into <see cref="Text"/>, and what the manifest says of it.
/// </summary>
public sealed record Article
{
    /// <summary>The file stem, e.g. <c>003_2f42aa1f686b2988</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The text as read (BOM removed, line ends kept), so quotes are exact substrings.</summary>
    public required string Text { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }

    /// <summary>The publication date that periods resolve against.</summary>
    public required DateOnly Published { get; init; }

    /// <summary>True when the publication date was estimated (as the manifest says, or taken from the file date).</summary>
    public bool PublishedIsEstimate { get; init; }

    /// <summary>The outlet, the fallback source of unattributed figures.</summary>
    public string Outlet { get; init; } = "unknown";

    public string Title { get; init; } = "";

    public string? Path { get; init; }
}
