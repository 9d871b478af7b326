using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Turns number atoms into figure phrases: joins ranges ("between X and Y", "X to Y", "X-Y"),
/// reads hedges before and after ("over", "up to", "or more"), merges a figure restated in
/// brackets, and decides the kind from the words around (units, keywords, months, ages).
/// </summary>
internal sealed class NumberRangeExtractor
{
    /// <summary>How far back a prefix pattern may look; every prefix is far shorter.</summary>
    private const int Lookback = 160;

    /// <summary>
    /// Hedges that read as prepositions before a year ("over 2022", "around 2020"): a
    /// year-shaped number after them is a count only when a counted noun follows.
    /// </summary>
    private static readonly FrozenSet<string> AmbiguousYearHedges =
        new[] { "over", "under", "above", "below", "around", "about", "circa", "ca.", "some", "~" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly NumberPatterns p;

    public NumberRangeExtractor(NumberPatterns patterns) => p = patterns;

    /// <summary>Figure phrases of <paramref name="text"/>, ordered and non-overlapping.</summary>
    public List<NumberMention> Extract(string text, List<NumberToken> tokens)
    {
        var mentions = new List<NumberMention>();
        var consumedUntil = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Start < consumedUntil)
            {
                i++;
                continue;
            }
            var (mention, next) = Build(text, tokens, i, consumedUntil);
            if (mention is not null)
            {
                mentions.Add(mention);
                consumedUntil = mention.End;
            }
            i = Math.Max(next, i + 1);
        }
        MergeBounds(text, mentions);
        CarryKinds(text, mentions);
        return mentions;
    }

    private (NumberMention? Mention, int Next) Build(string text, List<NumberToken> tokens, int i, int floor)
    {
        var t = tokens[i];
        switch (t.Form)
        {
            case TokenForm.Date:
                return (Mention(text, t.Start, t.End, null, null, Qualifier.Exact, NumberKind.Date), i + 1);
            case TokenForm.Year:
                return (Mention(text, t.Start, t.End, t.Value, t.Value, Qualifier.Exact, NumberKind.Year), i + 1);
        }

        if (IsSpelledFraction(text, tokens, i) is int skip) return (null, skip);

        if (DayOfMonth(t) || t.IsYearShaped)
        {
            var month = Prefix(p.PrefixMonth, text, t.Start, floor);
            if (month.Success)
                return (Mention(text, month.Index, YearAfter(text, t.End), null, null, Qualifier.Exact, NumberKind.Date), i + 1);
            if (DayOfMonth(t) && Suffix(p.SuffixMonth, text, t.End) is { Success: true } after)
                return (Mention(text, t.Start, YearAfter(text, End(after)), null, null, Qualifier.Exact, NumberKind.Date), i + 1);
        }

        // "no one", "one another", "one by one" are pronouns, not a count of one.
        if (t.IsWords && t.Value == 1 && t.Length == 3
            && (Prefix(p.PrefixOneExclusion, text, t.Start, floor).Success || Suffix(p.SuffixOneExclusion, text, t.End).Success))
            return (null, i + 1);

        // "2 in 5", "one out of four": a ratio; a hedged first term stays ("more than 2 in 5").
        if (i + 1 < tokens.Count && IsRatio(text, t, tokens[i + 1]))
        {
            var hedged = Prefix(p.PrefixHedge, text, t.Start, floor);
            if (!hedged.Success) return (null, i + 2);
            return (Mention(text, hedged.Index, t.End, Under(hedged) ? null : t.Value, Over(hedged) ? null : t.Value,
                HedgeQualifier(hedged), NumberKind.Count), i + 2);
        }

        // ---- a range of two atoms ----
        var last = i;
        decimal? low = t.Value, high = t.Value;
        var qualifier = Qualifier.Exact;
        var spanStart = t.Start;
        var percent = false;
        var rangePrefix = Prefix(p.RangePrefix, text, t.Start, floor);
        if (i + 1 < tokens.Count && TryRange(text, t, tokens[i + 1], rangePrefix, floor, out var lo, out var hi, out var percentInGap))
        {
            last = i + 1;
            (low, high, qualifier, percent) = (lo, hi, Qualifier.Range, percentInGap);
            if (rangePrefix.Success) spanStart = rangePrefix.Index;
        }

        // ---- a hedge before ----
        Match? hedge = null;
        if (spanStart == t.Start)
        {
            var h = Prefix(p.PrefixHedge, text, t.Start, floor);
            // "higher than the tenth": "the" is allowed only before an ordinal.
            if (h.Success && (!h.Groups["the"].Success || t.Form == TokenForm.Ordinal)) hedge = h;
        }
        var prefixQualifier = hedge is null ? (Qualifier?)null : HedgeQualifier(hedge);

        // ---- what follows ----
        var end = tokens[last].End;
        if (Suffix(p.SuffixPercent, text, end) is { Success: true } percentSign)
        {
            percent = true;
            end = End(percentSign);
        }
        var multiplier = t.Form == TokenForm.Multiplier;
        if (!percent && !multiplier && t.Form == TokenForm.Cardinal && Suffix(p.SuffixMultiplier, text, end) is { Success: true } times)
        {
            multiplier = true;
            end = End(times);
        }

        if (qualifier == Qualifier.Range)
        {
            spanStart = hedge?.Index ?? spanStart;
        }
        else
        {
            var value = t.Value;
            Qualifier? suffixQualifier = null;
            if (Suffix(p.SuffixHedge, text, end) is { Success: true } suffix)
            {
                suffixQualifier = HedgeQualifier(suffix);
                end = End(suffix);
            }
            qualifier = suffixQualifier ?? prefixQualifier ?? Qualifier.Exact;
            // "about five hundred or more": the bound comes from "or more"; "about" only
            // softens the number, so the phrase that states the bound starts at the number.
            spanStart = suffixQualifier is Qualifier.Over or Qualifier.Under && prefixQualifier == Qualifier.Approx
                ? t.Start
                : hedge?.Index ?? t.Start;
            if (qualifier is Qualifier.Over or Qualifier.Under && Suffix(p.SuffixOrEqual, text, end) is { Success: true } orEqual)
                end = End(orEqual);

            // "more than seven hundred (718)": one figure; the bracketed digits are the
            // precise count the words round, so the value is 718, exact.
            if (t.Form == TokenForm.Cardinal && !percent && !multiplier && last + 1 < tokens.Count
                && Suffix(p.SuffixBracketOpen, text, end) is { Success: true } open
                && tokens[last + 1] is { Form: TokenForm.Cardinal } restated && restated.Start == End(open)
                && Suffix(p.SuffixBracketClose, text, restated.End) is { Success: true } close
                && value > 0 && restated.Value / value is >= 0.5m and <= 2m)
            {
                value = restated.Value;
                qualifier = Qualifier.Exact;
                end = End(close);
                last++;
            }
            low = qualifier == Qualifier.Under ? null : value;
            high = qualifier == Qualifier.Over ? null : value;
        }

        if (Suffix(p.SuffixTimeOfDay, text, end).Success) return (null, last + 1);

        NumberKind kind;
        if (t.Form == TokenForm.Ordinal) kind = NumberKind.Ordinal;
        else if (multiplier) kind = NumberKind.Multiplier;
        else if (percent) kind = NumberKind.Percent;
        else kind = Kind(text, t, tokens[last], spanStart, end, hedge, floor);
        return (Mention(text, spanStart, end, low, high, qualifier, kind), last + 1);
    }

    /// <summary>
    /// Two atoms joined by a range connector. "and" only after "between"; "from X to Y"
    /// after a verb of change ("rose from X to Y") is two figures, not a range.
    /// </summary>
    private bool TryRange(string text, NumberToken a, NumberToken b, Match rangePrefix, int floor,
        out decimal lo, out decimal hi, out bool percentInGap)
    {
        lo = hi = 0;
        percentInGap = false;
        if (a.Form != b.Form || a.Form is not (TokenForm.Cardinal or TokenForm.Ordinal)) return false;
        var gap = p.RangeConnector.Match(text, a.End, b.Start - a.End);
        if (!gap.Success) return false;
        var between = rangePrefix.Success && rangePrefix.Groups["between"].Success;
        if (gap.Groups["and"].Success && !between) return false;
        if (rangePrefix.Success && rangePrefix.Groups["from"].Success
            && Prefix(p.ChangeVerb, text, rangePrefix.Index + rangePrefix.Length, floor).Success)
            return false;

        lo = a.Value;
        hi = b.Value;
        // "300-500 thousand", "1.5 to 2 million": the scale of the upper end applies to both.
        if (a.TrailingScale == 1 && b.TrailingScale != 1 && !a.IsYearShaped && a.Value < b.BaseValue)
        {
            if (NumberParser.Scale(a.Value, b.TrailingScale) is not { } scaled) return false;
            lo = scaled;
        }
        // "2022-23" is 2022 to 2023.
        if (a.IsYearShaped && b.IsPlainDigits && b.Length == 2 && gap.Groups["and"].Success == false)
            hi = a.Value - a.Value % 100 + b.Value;
        percentInGap = gap.Groups["pct"].Success;
        return lo < hi;
    }

    /// <summary>The kind of a count-like figure from its unit, keyword and context.</summary>
    private NumberKind Kind(string text, NumberToken first, NumberToken last, int spanStart, int end, Match? hedge, int floor)
    {
        if (Suffix(p.SuffixAge, text, end).Success) return NumberKind.Age;
        if (Suffix(p.SuffixReference, text, end).Success) return NumberKind.Reference;
        if (Prefix(p.PrefixReference, text, spanStart, floor).Success) return NumberKind.Reference;
        if (Prefix(p.PrefixAgeContext, text, spanStart, floor).Success) return NumberKind.Age;
        if (Suffix(p.SuffixDuration, text, end).Success) return NumberKind.Duration;
        var yearShaped = first.IsYearShaped && (last.Start == first.Start || last.IsYearShaped || last is { IsPlainDigits: true, Length: 2 });
        if (!yearShaped) return NumberKind.Count;

        // A year-shaped number is a year unless a hedge or a counted noun makes it a count.
        var countedNoun = Suffix(p.SuffixCountedNoun, text, end).Success;
        if (hedge is not null)
            return AmbiguousYearHedges.Contains(hedge.Value.Trim()) && !countedNoun ? NumberKind.Year : NumberKind.Count;
        if (Prefix(p.PrefixYearContext, text, spanStart, floor).Success) return NumberKind.Year;
        return countedNoun ? NumberKind.Count : NumberKind.Year;
    }

    /// <summary>
    /// "one-fourth", "two thirds", "a third" are fractions, not counts or ordinals: returns the
    /// index after the tokens to drop, or null.
    /// </summary>
    private int? IsSpelledFraction(string text, List<NumberToken> tokens, int i)
    {
        var t = tokens[i];
        if (t is { Form: TokenForm.Cardinal, IsWords: true })
        {
            if (Suffix(p.SuffixFraction, text, t.End).Success) return i + 1;
            if (i + 1 < tokens.Count && tokens[i + 1] is { Form: TokenForm.Ordinal, IsWords: true, Value: >= 3 and <= 10 } denominator
                && t.Value is >= 1 and <= 9 && IsJoint(text, t.End, denominator.Start))
                return i + 2;
        }
        if (t is { Form: TokenForm.Ordinal, IsWords: true, Value: >= 3 and <= 10 } && Prefix(p.PrefixFraction, text, t.Start, 0).Success)
            return i + 1;
        return null;
    }

    /// <summary>"Over 100 and under 200", "at most 100 and at least 20": one range.</summary>
    private void MergeBounds(string text, List<NumberMention> mentions)
    {
        for (var j = 0; j + 1 < mentions.Count; j++)
        {
            var (a, b) = (mentions[j], mentions[j + 1]);
            if (a.Kind != b.Kind || a.Kind == NumberKind.Date) continue;
            if (!(a.Qualifier == Qualifier.Over && b.Qualifier == Qualifier.Under || a.Qualifier == Qualifier.Under && b.Qualifier == Qualifier.Over))
                continue;
            var gap = b.Start - a.End;
            if (gap <= 0 || string.IsNullOrWhiteSpace(text.Substring(a.End, gap)) || !p.CompoundConnector.Match(text, a.End, gap).Success)
                continue;
            var lo = a.Qualifier == Qualifier.Over ? a.Low : b.Low;
            var hi = a.Qualifier == Qualifier.Under ? a.High : b.High;
            if (lo >= hi) continue;
            mentions[j] = Mention(text, a.Start, b.End, lo, hi, Qualifier.Range, a.Kind);
            mentions.RemoveAt(j + 1);
        }
    }

    /// <summary>
    /// A list shares its keyword or unit: "Articles 407 and 408" are both references,
    /// "two or three years" both durations.
    /// </summary>
    private void CarryKinds(string text, List<NumberMention> mentions)
    {
        for (var j = 1; j < mentions.Count; j++)
        {
            var (a, b) = (mentions[j - 1], mentions[j]);
            if (a.Kind == NumberKind.Reference && b is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact } && Listed(text, a, b))
                mentions[j] = b with { Kind = NumberKind.Reference };
        }
        for (var j = mentions.Count - 2; j >= 0; j--)
        {
            var (a, b) = (mentions[j], mentions[j + 1]);
            if (b.Kind is NumberKind.Duration or NumberKind.Age or NumberKind.Percent
                && a is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact, Low: <= 100 } && b.Low is null or <= 100 && Listed(text, a, b))
                mentions[j] = a with { Kind = b.Kind };
        }
    }

    private bool Listed(string text, NumberMention a, NumberMention b) =>
        b.Start > a.End && p.ListConnector.Match(text, a.End, b.Start - a.End).Success;

    private static bool DayOfMonth(NumberToken t) =>
        t is { IsWords: false, Form: TokenForm.Cardinal or TokenForm.Ordinal, Length: <= 4, Value: >= 1 and <= 31 }
        && decimal.IsInteger(t.Value) && (t.Form == TokenForm.Ordinal || t.IsPlainDigits);

    private int YearAfter(string text, int end) =>
        Suffix(p.SuffixYear, text, end) is { Success: true } year ? End(year) : end;

    private static bool IsJoint(string text, int from, int to)
    {
        if (to - from is < 1 or > 3) return false;
        for (var k = from; k < to; k++)
            if (!(char.IsWhiteSpace(text[k]) || text[k] == '-')) return false;
        return true;
    }

    private bool IsRatio(string text, NumberToken a, NumberToken b) =>
        a.Form == TokenForm.Cardinal && b.Form == TokenForm.Cardinal && !b.IsYearShaped && a.Value < b.Value
        && b.Start > a.End && p.RatioConnector.Match(text, a.End, b.Start - a.End).Success;

    private static bool Over(Match hedge) => hedge.Groups["over"].Success;

    private static bool Under(Match hedge) => hedge.Groups["under"].Success;

    private static Qualifier HedgeQualifier(Match m) =>
        m.Groups["over"].Success ? Qualifier.Over
        : m.Groups["under"].Success ? Qualifier.Under
        : m.Groups["approx"].Success ? Qualifier.Approx
        : Qualifier.Exact;

    /// <summary>A right-to-left, end-anchored pattern matched just before <paramref name="position"/>.</summary>
    private static Match Prefix(Regex regex, string text, int position, int floor)
    {
        var from = Math.Max(floor, position - Lookback);
        return regex.Match(text, from, position - from);
    }

    /// <summary>A \G-anchored pattern matched at <paramref name="position"/>.</summary>
    private static Match Suffix(Regex regex, string text, int position) => regex.Match(text, position);

    private static int End(Match m) => m.Index + m.Length;

    private static NumberMention Mention(string text, int start, int end, decimal? low, decimal? high, Qualifier qualifier, NumberKind kind) =>
        new(start, end - start, text.Substring(start, end - start), low, high, qualifier, kind);
}
