namespace AnalysisKit.Recognition;

/// <summary>
/// One figure phrase in a text: the span covers the hedge and both ends of a range
/// (<c>approximately 15,000 to 18,000</c>, <c>more than seven hundred (718)</c>), but not the
/// unit or keyword around it (<c>years</c>, <c>Article</c>), except the percent sign or word
/// and the multiplier word, which are part of the figure.
/// </summary>
/// <param name="Start">Offset of the phrase in the text, in UTF-16 code units.</param>
/// <param name="Length">Length of the phrase in UTF-16 code units.</param>
/// <param name="Text">The phrase, an exact substring of the text.</param>
/// <param name="Low">Stated lower bound; null when the phrase gives none (<c>up to 300,000</c>) or is a date.</param>
/// <param name="High">Stated upper bound; null when the phrase gives none (<c>over 21,000</c>) or is a date.</param>
/// <param name="Qualifier">How the figure is hedged (exact, approx, over, under, range).</param>
/// <param name="Kind">What the figure is; only <see cref="NumberKind.Count"/> can be a claim.</param>
public sealed record NumberMention(
    int Start, int Length, string Text, decimal? Low, decimal? High, Qualifier Qualifier, NumberKind Kind)
{
    /// <summary>Offset just past the phrase.</summary>
    public int End => Start + Length;
}
