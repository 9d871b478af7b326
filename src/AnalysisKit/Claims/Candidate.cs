namespace AnalysisKit.Claims;

/// <summary>
/// A claim as first read, with what the merger needs to keep the most informative of repeated
/// mentions: whether it sits in a headline, and whether its period and source were stated.
/// <see cref="PeriodRelative"/> marks a period borrowed from another figure ("a year earlier").
/// </summary>
internal sealed record Candidate(Claim Claim, int SentenceIndex, bool Headline, bool PeriodStated, bool SourceStated)
{
    public bool PeriodRelative { get; init; }

    /// <summary>The period runs up to "now" and ends at the article's data cut-off, found once all figures are read.</summary>
    public bool EndsAtCutoff { get; init; }

    /// <summary>"how many of the 3,000 cases": a definite figure names one stated before, whatever its words.</summary>
    public bool Definite { get; init; }

    /// <summary>The figure phrase with its hedge ("almost 1,500"): says which way a round figure rounds.</summary>
    public string Figure { get; init; } = "";
}
