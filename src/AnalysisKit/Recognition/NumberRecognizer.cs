using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Recognizes figures in English text: digits and number words, their hedges ("over",
/// "approximately", "up to", "or more") and ranges ("between X and Y", "X-Y"), and tells
/// counts from percentages, multipliers, years, dates, ordinals, ages, durations, sums of money,
/// measured quantities and references. Composes <see cref="NumberExtractor"/> (atoms) and
/// <see cref="NumberRangeExtractor"/> (phrases), like Recognizers-Text's NumberRangeModel.
/// </summary>
/// <remarks>
/// Construct once and reuse: the constructor compiles the patterns. Thread-safe.
/// Phone numbers are not reported at all: they count nothing and no <see cref="NumberKind"/> fits.
/// Footnote markers (<c>in 2024.[2]</c>) and section numbers (<c>1.2 Unregistered absences</c>)
/// are <see cref="NumberKind.Reference"/>; ratios (<c>one in five</c>) are not reported.
/// </remarks>
public sealed class NumberRecognizer
{
    private readonly NumberPatterns patterns;
    private readonly NumberExtractor extractor;
    private readonly NumberRangeExtractor ranges;

    /// <summary>Compiles the patterns once.</summary>
    public NumberRecognizer()
    {
        patterns = new NumberPatterns();
        extractor = new NumberExtractor(patterns);
        ranges = new NumberRangeExtractor(patterns);
    }

    /// <summary>
    /// The figure phrases of <paramref name="text"/>, ordered by start and non-overlapping.
    /// Pure: the same text always gives the same mentions.
    /// </summary>
    /// <exception cref="AnalysisKitException">A pattern ran past its time limit (names the pattern).</exception>
    public IReadOnlyList<NumberMention> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return ranges.Extract(text, extractor.Extract(text));
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new AnalysisKitException(
                $"number pattern '{patterns.NameOf(ex.Pattern)}' timed out on a text of {text.Length} characters", inner: ex);
        }
    }
}
