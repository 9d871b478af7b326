namespace AnalysisKit.Recognition;

/// <summary>What a single number atom is before context is read.</summary>
internal enum TokenForm { Cardinal, Ordinal, Multiplier, Date, Year }

/// <summary>
/// One number atom found by <see cref="NumberExtractor"/>: a digit or word number with its
/// value (scale applied). Context (hedges, ranges, units) is read later by
/// <see cref="NumberRangeExtractor"/>.
/// </summary>
// TrailingScale: the scale word the number ends with (1 when none), so a range can share it
// ("300-500 thousand"). IsPlainDigits: only ASCII digits, no separator, sign, decimals or
// scale — the shape of a year or a day of the month.
internal readonly record struct NumberToken(
    int Start, int End, TokenForm Form, decimal Value, decimal TrailingScale, bool IsWords, bool IsPlainDigits)
{
    public int Length => End - Start;

    /// <summary>The value without its trailing scale ("2" for "2 million").</summary>
    public decimal BaseValue => Value / TrailingScale;

    /// <summary>Four plain digits in the range of modern years.</summary>
    public bool IsYearShaped => IsPlainDigits && Length == 4 && Value is >= 1800 and <= 2100;
}
