namespace AnalysisKit.Claims;

/// <summary>A gold claim and the prediction matched to it, with the fields they disagree on.</summary>
public sealed record MatchedClaim(Claim Gold, Claim Predicted, IReadOnlyList<string> Disagreements)
{
    /// <summary>Agrees on every field full F1 counts (all but source).</summary>
    public bool IsFullMatch => !Disagreements.Any(name => name != "source");
}
