using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Finds number atoms in a text (digits, number words, ordinals, multiplier words, numeric
/// dates) and values them with <see cref="NumberParser"/>. Codes, phone numbers and times are
/// consumed and dropped, so their digits never become figures.
/// </summary>
internal sealed class NumberExtractor
{
    private readonly Regex atom;
    private readonly int date, skip, frac, ord, decade, fold, num, ordw, mult, words, digits, euro, scale, neg;

    public NumberExtractor(NumberPatterns patterns)
    {
        atom = patterns.Atom;
        date = atom.GroupNumberFromName("date");
        skip = atom.GroupNumberFromName("skip");
        frac = atom.GroupNumberFromName("frac");
        ord = atom.GroupNumberFromName("ord");
        decade = atom.GroupNumberFromName("decade");
        fold = atom.GroupNumberFromName("fold");
        num = atom.GroupNumberFromName("num");
        ordw = atom.GroupNumberFromName("ordw");
        mult = atom.GroupNumberFromName("mult");
        words = atom.GroupNumberFromName("words");
        digits = atom.GroupNumberFromName("digits");
        euro = atom.GroupNumberFromName("euro");
        scale = atom.GroupNumberFromName("scale");
        neg = atom.GroupNumberFromName("neg");
    }

    /// <summary>The atoms of <paramref name="text"/>, ordered and non-overlapping.</summary>
    public List<NumberToken> Extract(string text)
    {
        var tokens = new List<NumberToken>();
        for (var m = atom.Match(text); m.Success; m = m.NextMatch())
        {
            var groups = m.Groups;
            var start = m.Index;
            var end = m.Index + m.Length;
            if (groups[num].Success) AddDigits(text, groups, start, end, tokens);
            else if (groups[words].Success) tokens.AddRange(NumberParser.ParseWordRun(text, start, end));
            else if (groups[ordw].Success && NumberParser.OrdinalValue(m.ValueSpan) is { } ordinal)
                tokens.Add(new NumberToken(start, end, TokenForm.Ordinal, ordinal, 1, IsWords: true, IsPlainDigits: false));
            else if (groups[mult].Success && NumberParser.MultiplierValue(m.ValueSpan) is { } factor)
                tokens.Add(new NumberToken(start, end, TokenForm.Multiplier, factor, 1, IsWords: true, IsPlainDigits: false));
            else if (groups[fold].Success && NumberParser.MultiplierValue(m.ValueSpan) is { } digitFactor)
                tokens.Add(new NumberToken(start, end, TokenForm.Multiplier, digitFactor, 1, IsWords: false, IsPlainDigits: false));
            else if (groups[ord].Success && NumberParser.ParseDigits(m.ValueSpan[..^2], decimalComma: false) is { } nth)
                tokens.Add(new NumberToken(start, end, TokenForm.Ordinal, nth, 1, IsWords: false, IsPlainDigits: false));
            else if (groups[decade].Success && NumberParser.ParseDigits(m.ValueSpan[..4], decimalComma: false) is { } year)
                tokens.Add(new NumberToken(start, end, TokenForm.Year, year, 1, IsWords: false, IsPlainDigits: false));
            else if (groups[date].Success)
                tokens.Add(new NumberToken(start, end, TokenForm.Date, 0, 1, IsWords: false, IsPlainDigits: false));
            else if (groups[frac].Success && Fraction(m.ValueSpan) is { } part)
                tokens.Add(new NumberToken(start, end, TokenForm.Cardinal, part, 1, IsWords: false, IsPlainDigits: false));
            // groups[skip]: identifiers and times are dropped on purpose.
        }
        return tokens;
    }

    private void AddDigits(string text, GroupCollection groups, int start, int end, List<NumberToken> tokens)
    {
        var digitGroup = groups[digits];
        if (NumberParser.ParseDigits(digitGroup.ValueSpan, groups[euro].Success) is not { } value) return;
        var scaleGroup = groups[scale];
        var factor = scaleGroup.Success ? NumberParser.ScaleOf(scaleGroup.ValueSpan) : 1m;
        if (NumberParser.Scale(value, factor) is not { } scaled) return;
        var negative = groups[neg].Success;
        var plain = !negative && !scaleGroup.Success && IsAsciiDigits(digitGroup.ValueSpan);
        tokens.Add(new NumberToken(
            start, end, TokenForm.Cardinal, negative ? -scaled : scaled, factor, IsWords: false, IsPlainDigits: plain));
    }

    /// <summary>"1/2", "3/4": only small, proper fractions; "24/7" or "9/11" are not figures.</summary>
    private static decimal? Fraction(ReadOnlySpan<char> text)
    {
        var slash = text.IndexOf('/');
        if (NumberParser.ParseDigits(text[..slash], false) is not { } numerator
            || NumberParser.ParseDigits(text[(slash + 1)..], false) is not { } denominator)
            return null;
        if (denominator is not (2 or 3 or 4 or 5 or 8 or 10) || numerator <= 0 || numerator >= denominator) return null;
        return NumberParser.Normalize(Math.Round(numerator / denominator, 10));
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
