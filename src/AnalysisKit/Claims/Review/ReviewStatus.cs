namespace AnalysisKit.Claims.Review;

/// <summary>Where a claim stands after the analyst's review.</summary>
public enum ReviewStatus
{
    /// <summary>As the extractor read it; no review row names it.</summary>
    Extracted,

    /// <summary>A <c>confirm</c> row says the reading is right.</summary>
    Confirmed,

    /// <summary>A <c>correct</c> row changed some of its columns.</summary>
    Corrected,

    /// <summary>An <c>add</c> row states a claim the extractor missed.</summary>
    Added,
}
