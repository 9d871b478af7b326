namespace AnalysisKit.Claims.Review;

/// <summary>One column a review changed, in the spec's spelling (empty for an empty value).</summary>
public sealed record ReviewChange(string Column, string From, string To)
{
    public override string ToString() => $"{Column} {Shown(From)} → {Shown(To)}";

    private static string Shown(string value) => value.Length == 0 ? "(empty)" : value;
}
