namespace AnalysisKit.Claims.Review;

/// <summary>A claim column a review row fills, as written (already checked against the spec).</summary>
public sealed record ReviewValue(string Column, string Text);
