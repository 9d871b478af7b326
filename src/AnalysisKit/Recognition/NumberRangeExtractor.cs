using System.Text.RegularExpressions;
using static AnalysisKit.Recognition.NumberLexicon;

namespace AnalysisKit.Recognition;

/// <summary>
/// Turns number atoms into figure phrases: joins ranges ("between X and Y", "X to Y", "X-Y"),
/// reads hedges before and after ("over", "up to", "or more"), merges a figure restated in
/// brackets, and decides the kind from the words around (units, keywords, months, ages).
/// </summary>
internal sealed class NumberRangeExtractor
{
    /// <summary>Gaps longer than this never join two figures.</summary>
    private const int MaxGap = 24;

    /// <summary>
    /// Hedges that read as prepositions before a year ("over 2022", "around 2020"): a
    /// year-shaped number after them is a count only when a counted noun follows.
    /// </summary>
    private static readonly WordSet AmbiguousYearHedges = new("over", "under", "above", "below", "around", "about", "circa", "ca.", "some", "~");

    private readonly NumberPatterns p;

    public NumberRangeExtractor(NumberPatterns patterns) => p = patterns;

    /// <summary>Figure phrases of <paramref name="text"/>, ordered and non-overlapping.</summary>
    public List<NumberMention> Extract(string text, List<NumberToken> tokens)
    {
        var mentions = new List<NumberMention>();
        var consumedUntil = 0;
        var i = 0;
        Span<NumberContext.Word> words = stackalloc NumberContext.Word[NumberContext.MaxWords];
        while (i < tokens.Count)
        {
            if (tokens[i].Start < consumedUntil)
            {
                i++;
                continue;
            }
            var count = NumberContext.Collect(text, tokens[i].Start, consumedUntil, words);
            var (mention, next) = Build(text, tokens, i, words[..count]);
            if (mention is not null)
            {
                mentions.Add(mention);
                consumedUntil = mention.End;
            }
            i = Math.Max(next, i + 1);
        }
        mentions = MergeBounds(text, mentions);
        CarryKinds(text, mentions);
        return mentions;
    }

    private (NumberMention? Mention, int Next) Build(string text, List<NumberToken> tokens, int i, ReadOnlySpan<NumberContext.Word> before)
    {
        var t = tokens[i];
        switch (t.Form)
        {
            case TokenForm.Date:
                return (Mention(text, t.Start, t.End, null, null, Qualifier.Exact, NumberKind.Date), i + 1);
            case TokenForm.Year:
                return (Mention(text, t.Start, t.End, t.Value, t.Value, Qualifier.Exact, NumberKind.Year), i + 1);
        }

        if (IsSpelledFraction(text, tokens, i, before) is int skip) return (null, skip);

        // "in 2024.[2]", "[3] Russian courts": a footnote marker; "1.2 Unregistered absences": a
        // section number. Numbered items, not quantities.
        if (IsFootnote(text, t) || IsSectionNumber(text, t) || IsListMarker(text, t))
            return (Mention(text, t.Start, t.End, t.Value, t.Value, Qualifier.Exact, NumberKind.Reference), i + 1);

        if (DayOfMonth(t) || t.IsYearShaped)
        {
            // "November 21", "Aug. 30", "October 2025", "November the 9th".
            var monthAt = Is(text, before, 0, The) ? 1 : 0;
            if (Is(text, before, monthAt, Months) && (monthAt == 0 || DayOfMonth(t)))
                return (Mention(text, before[monthAt].Start, YearAfter(text, t.End), null, null, Qualifier.Exact, NumberKind.Date), i + 1);
            // "30 August", "9th of November".
            if (DayOfMonth(t) && p.SuffixMonth.MatchAt(text, t.End) is > 0 and var month)
                return (Mention(text, t.Start, YearAfter(text, t.End + month), null, null, Qualifier.Exact, NumberKind.Date), i + 1);
        }

        // "no one", "one another", "one by one" are pronouns, not a count of one.
        if (t.IsWords && t.Value == 1 && t.Length == 3
            && (Is(text, before, 0, PronounOne) || p.SuffixOneExclusion.MatchAt(text, t.End) > 0))
            return (null, i + 1);

        // "2 in 5", "one in five", "about one in ten", "as many as 1 in 4": a ratio, not a count.
        // Only a digit first term after an "over" hedge keeps its bound, the Recognizers-Text
        // reading of "more than 2 in 5".
        if (i + 1 < tokens.Count && IsRatio(text, t, tokens[i + 1]))
        {
            var (words, hedged) = Hedges.Match(text, before, 0);
            if (words == 0 || t.IsWords || hedged is not Qualifier.Over) return (null, i + 2);
            return (Mention(text, before[words - 1].Start, t.End, t.Value, null, Qualifier.Over, NumberKind.Count), i + 2);
        }

        // ---- a range of two atoms ----
        var opener = Is(text, before, 0, The) ? 1 : 0;
        var between = Is(text, before, opener, Between);
        var from = Is(text, before, opener, From);
        var last = i;
        decimal? low = t.Value, high = t.Value;
        var qualifier = Qualifier.Exact;
        var spanStart = t.Start;
        var percent = false;
        // "rose from 10,000 to 20,000": a change between two figures, not a range.
        // "rose 3.7-fold between 2023 and 2024, from 24 000 to 89,600": the verb may stand
        // further back in the clause.
        var change = from && (AfterChangeVerb(text, before, opener)
                              || (!t.IsYearShaped && ChangeVerbInClause(text, before[opener].Start)));
        if (i + 1 < tokens.Count && !change && TryRange(text, t, tokens[i + 1], between, out var lo, out var hi, out var percentInGap))
        {
            last = i + 1;
            (low, high, qualifier, percent) = (lo, hi, Qualifier.Range, percentInGap);
            if (between || from) spanStart = before[opener].Start;
        }

        // ---- a hedge before ----
        var hedgeStart = -1;
        Qualifier? prefixQualifier = null;
        var hedgeWord = default(NumberContext.Word);
        if (spanStart == t.Start)
        {
            var (words, q) = Hedges.Match(text, before, 0);
            // "higher than the tenth": "the" may stand between a hedge and an ordinal.
            if (words == 0 && t.Form == TokenForm.Ordinal && Is(text, before, 0, The))
            {
                (words, q) = Hedges.Match(text, before, 1);
                if (words > 0) words++;
            }
            if (words > 0 && q is not null)
            {
                hedgeStart = before[words - 1].Start;
                prefixQualifier = q;
                hedgeWord = before[0];
            }
        }

        // ---- what follows ----
        var end = tokens[last].End;
        if (p.SuffixPercent.MatchAt(text, end) is > 0 and var percentSign)
        {
            percent = true;
            end += percentSign;
        }
        // "outpace returns by a factor of about three": a multiplier.
        var multiplier = t.Form == TokenForm.Multiplier || FactorOfBefore.IsMatch(text.AsSpan(Math.Max(0, spanStart - 40), spanStart - Math.Max(0, spanStart - 40)));
        if (!percent && !multiplier && t.Form == TokenForm.Cardinal && p.SuffixMultiplier.MatchAt(text, end) is > 0 and var times)
        {
            multiplier = true;
            end += times;
        }

        if (qualifier == Qualifier.Range)
        {
            if (hedgeStart >= 0) spanStart = hedgeStart;
        }
        else
        {
            var value = t.Value;
            var suffixQualifier = SuffixHedge(text, ref end);
            qualifier = suffixQualifier ?? prefixQualifier ?? Qualifier.Exact;
            // "about five hundred or more": the bound comes from "or more"; "about" only
            // softens the number, so the phrase that states the bound starts at the number.
            spanStart = hedgeStart < 0 || (suffixQualifier is Qualifier.Over or Qualifier.Under && prefixQualifier == Qualifier.Approx)
                ? t.Start
                : hedgeStart;
            if (qualifier is Qualifier.Over or Qualifier.Under && p.SuffixOrEqual.MatchAt(text, end) is > 0 and var orEqual)
                end += orEqual;

            // "more than seven hundred (718)": one figure; the bracketed digits are the
            // precise count the words round, so the value is 718, exact.
            if (t.Form == TokenForm.Cardinal && !percent && !multiplier && last + 1 < tokens.Count
                && p.SuffixBracketOpen.MatchAt(text, end) is > 0 and var open
                && tokens[last + 1] is { Form: TokenForm.Cardinal } restated && restated.Start == end + open
                && p.SuffixBracketClose.MatchAt(text, restated.End) is > 0 and var close
                && value > 0 && restated.Value / value is >= 0.5m and <= 2m)
            {
                value = restated.Value;
                qualifier = Qualifier.Exact;
                end = restated.End + close;
                last++;
            }
            low = qualifier == Qualifier.Under ? null : value;
            high = qualifier == Qualifier.Over ? null : value;
        }

        if (p.SuffixTimeOfDay.MatchAt(text, end) > 0) return (null, last + 1);

        NumberKind kind;
        if (t.Form == TokenForm.Ordinal) kind = NumberKind.Ordinal;
        else if (multiplier) kind = NumberKind.Multiplier;
        else if (percent) kind = NumberKind.Percent;
        else kind = Kind(text, t, tokens[last], end, before, hedgeStart >= 0 ? text.AsSpan(hedgeWord.Start, hedgeWord.End - hedgeWord.Start) : default);
        // A sum of money ("$1.2 million", "UAH 17,000", "5 million rubles") or a measured quantity
        // ("40 km", "12 tonnes") counts nothing a claim reports, but it is still a figure.
        if (kind == NumberKind.Count && IsMoney(text, t.Start, end, before)) kind = NumberKind.Money;
        else if (kind == NumberKind.Count && p.SuffixQuantity.MatchAt(text, end) > 0) kind = NumberKind.Quantity;
        // "one of the most pressing problems", "stronger by one,", "the zero line": a bare "one"
        // or "zero" counts nothing.
        if (kind == NumberKind.Count && last == i && qualifier != Qualifier.Range && IsBareOneOrZero(text, t, end))
            return (null, last + 1);
        return (Mention(text, spanStart, end, low, high, qualifier, kind), last + 1);
    }

    /// <summary>
    /// Two atoms joined by a range connector; "and" only after "between". The scale of the
    /// upper end applies to both ("300-500 thousand").
    /// </summary>
    private bool TryRange(string text, NumberToken a, NumberToken b, bool between,
        out decimal lo, out decimal hi, out bool percentInGap)
    {
        lo = hi = 0;
        percentInGap = false;
        if (a.Form != b.Form || a.Form is not (TokenForm.Cardinal or TokenForm.Ordinal)) return false;
        var gapLength = b.Start - a.End;
        if (gapLength is <= 0 or > MaxGap || !MayConnect(text.AsSpan(a.End, gapLength))) return false;
        // "under Article 408 — 330,624 in all": a spaced em dash breaks the sentence, it joins no range.
        if (text.AsSpan(a.End, gapLength).Contains('—') && char.IsWhiteSpace(text[a.End]) && char.IsWhiteSpace(text[b.Start - 1])) return false;
        var gap = p.RangeConnector.Match(text, a.End, gapLength);
        if (!gap.Success) return false;
        if (gap.Groups["and"].Success && !between) return false;

        // "from 5,000 in 2023 to 8,000": a year never pairs with a count ("2023 to 8,000");
        // "between 2000 and 3000" pairs two plain four-digit numbers, a count range.
        var completesYear = a.IsYearShaped && b is { IsPlainDigits: true, Length: 2 } && !gap.Groups["and"].Success;
        var fourDigits = a is { IsPlainDigits: true, Length: 4 } && b is { IsPlainDigits: true, Length: 4 };
        if (a.IsYearShaped != b.IsYearShaped && !completesYear && !fourDigits) return false;

        lo = a.Value;
        hi = b.Value;
        if (a.TrailingScale == 1 && b.TrailingScale != 1 && !a.IsYearShaped && a.Value < b.BaseValue)
        {
            if (NumberParser.Scale(a.Value, b.TrailingScale) is not { } scaled) return false;
            lo = scaled;
        }
        // "2022-23" is 2022 to 2023.
        if (completesYear) hi = a.Value - a.Value % 100 + b.Value;
        percentInGap = gap.Groups["pct"].Success;
        return lo < hi;
    }

    /// <summary>
    /// A verb of change earlier in the clause before "from" ("rose 3.7-fold between 2023 and
    /// 2024, from"): looks back to the clause's start or a bounded distance.
    /// </summary>
    private static bool ChangeVerbInClause(string text, int fromStart)
    {
        const int Reach = 90;
        var floor = Math.Max(0, fromStart - Reach);
        var i = fromStart;
        while (i > floor)
        {
            var c = text[i - 1];
            if (c is ';' or ':' or '!' or '?' or '\n' || (c == '.' && (i == fromStart || char.IsWhiteSpace(text[i])))) return false;
            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }
            var end = i;
            while (i > floor && char.IsLetter(text[i - 1])) i--;
            var word = text.AsSpan(i, end - i);
            // "up" and "down" read as verbs of change only next to "from".
            if (ChangeVerbs.Contains(word) && !word.Equals("up", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("down", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A currency sign or code just before the figure ("$5", "€300", "₴17,000", "UAH 17,000",
    /// "RUB 2 million") or a currency word after it ("17,000 hryvnias", "5 million rubles").
    /// </summary>
    private bool IsMoney(string text, int start, int end, ReadOnlySpan<NumberContext.Word> before)
    {
        var k = start;
        if (k > 0 && text[k - 1] is ' ' or '\u00A0' or '\u202F') k--;
        if (k > 0 && text[k - 1] is '$' or '€' or '£' or '₴' or '₽' or '¥') return true;
        if (before.Length > 0 && CurrencyCodes.Contains(before[0].Of(text)) && start - before[0].End <= 2) return true;
        return p.SuffixCurrency.MatchAt(text, end) > 0;
    }

    /// <summary>
    /// The word "one" with no counted noun after it (end of text, punctuation or a function
    /// word), or the word "zero" not followed by a counted noun.
    /// </summary>
    private bool IsBareOneOrZero(string text, NumberToken t, int end)
    {
        if (!t.IsWords || t.Form != TokenForm.Cardinal) return false;
        if (t.Value == 0) return p.SuffixCountedNoun.MatchAt(text, end) <= 0;
        if (t.Value != 1 || t.Length != 3) return false;
        var s = end;
        while (s < text.Length && s - end < 3 && char.IsWhiteSpace(text[s])) s++;
        if (s == text.Length || s - end >= 3) return true;
        if (text[s] == '-') return false;
        if (s == end || !char.IsLetter(text[s])) return true;
        var e = s;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] is '\'' or '’')) e++;
        return NotCountedAfterOne.Contains(text.AsSpan(s, e - s));
    }

    /// <summary>"in 2024.[2]", "[3] Russian courts": one to three digits in brackets, glued to text or at a line start.</summary>
    private static bool IsFootnote(string text, NumberToken t)
    {
        if (t is not { Form: TokenForm.Cardinal, IsPlainDigits: true, Length: <= 3 }) return false;
        if (t.Start < 1 || text[t.Start - 1] != '[' || t.End >= text.Length || text[t.End] != ']') return false;
        var open = t.Start - 1;
        return open == 0 || !char.IsWhiteSpace(text[open - 1]) || AtLineStart(text, open);
    }

    /// <summary>"1.2 Unregistered absences": a decimal with no scale at a line start before a capitalised word.</summary>
    private static bool IsSectionNumber(string text, NumberToken t)
    {
        if (t is not { Form: TokenForm.Cardinal, IsWords: false, TrailingScale: 1 } || decimal.IsInteger(t.Value) || t.Value < 0) return false;
        if (!AtLineStart(text, t.Start) || text.AsSpan(t.Start, t.Length).IndexOf('.') < 0) return false;
        var s = t.End;
        while (s < text.Length && s - t.End < 3 && text[s] is ' ' or '\t') s++;
        return s > t.End && s < text.Length && char.IsUpper(text[s]);
    }

    /// <summary>"4. Link the plan to ...", "2) Publish the data": a list item's number at a line start.</summary>
    private static bool IsListMarker(string text, NumberToken t)
    {
        if (t is not { Form: TokenForm.Cardinal, IsPlainDigits: true, Length: <= 2 } || !AtLineStart(text, t.Start)) return false;
        var s = t.End;
        if (s + 2 >= text.Length || text[s] is not ('.' or ')') || text[s + 1] != ' ') return false;
        return char.IsUpper(text[s + 2]);
    }

    private static bool AtLineStart(string text, int position)
    {
        var k = position;
        while (k > 0 && text[k - 1] is ' ' or '\t') k--;
        return k == 0 || text[k - 1] is '\n' or '\r';
    }

    // "a different article, 408", "the article is 407", but not "under the first article, 611"
    // (a slot of a table, whose figure follows).
    private static bool ArticleNamedBefore(string text, int start)
    {
        var from = Math.Max(0, start - 48);
        var m = ArticleThenDigits.Match(text, from, start - from);
        return m.Success && !m.Groups["under"].Success;
    }

    private static readonly Regex FactorOfBefore = new(@"\bfactor\s+of\s+(?:[a-z]+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex ArticleThenDigits = new(
        @"(?<under>\bunder\s+the\s+(?:[\w-]+\s+){0,2})?\barticle\s*(?:,|:|\bis\b|\bnumber\b|[–—-])\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>A verb of change within two words before "from" ("rose sharply from").</summary>
    private static bool AfterChangeVerb(string text, ReadOnlySpan<NumberContext.Word> before, int fromIndex)
    {
        for (var k = fromIndex + 1; k <= fromIndex + 3 && k < before.Length; k++)
            if (ChangeVerbs.Contains(before[k].Of(text))) return true;
        return false;
    }

    private Qualifier? SuffixHedge(string text, ref int end)
    {
        if (p.SuffixOver.MatchAt(text, end) is > 0 and var over)
        {
            end += over;
            return Qualifier.Over;
        }
        if (p.SuffixUnder.MatchAt(text, end) is > 0 and var under)
        {
            end += under;
            return Qualifier.Under;
        }
        if (p.SuffixApprox.MatchAt(text, end) is > 0 and var approx)
        {
            end += approx;
            return Qualifier.Approx;
        }
        return null;
    }

    /// <summary>The kind of a count-like figure from its unit, keyword and context.</summary>
    private NumberKind Kind(string text, NumberToken first, NumberToken last, int end,
        ReadOnlySpan<NumberContext.Word> before, ReadOnlySpan<char> hedgeWord)
    {
        if (p.SuffixAge.MatchAt(text, end) > 0) return NumberKind.Age;
        if (p.SuffixReference.MatchAt(text, end) > 0) return NumberKind.Reference;
        // A numbered item is short digits: "article 9 114" after "under the second" is a count whose
        // thousands are spaced, not an article's number.
        var groupedDigits = first is { IsWords: false, IsPlainDigits: false } && text.AsSpan(first.Start, first.Length).IndexOfAny(' ', '\u00A0', ',') >= 0;
        if (!groupedDigits && (Is(text, before, 0, ReferenceKeywords) || Is(text, before, 0, ReferenceKeywordsCased))) return NumberKind.Reference;
        // "on day 1,000 of the war": a day counter.
        if (Is(text, before, 0, DayWord) && !Is(text, before, 1, DayCountLead)) return NumberKind.Reference;
        // "Desertion falls under a separate article, 408.": the article named right before the digits.
        if (first is { IsPlainDigits: true, Length: 3 } && ArticleNamedBefore(text, first.Start)) return NumberKind.Reference;
        foreach (var word in before)
            if (AgeWords.Contains(word.Of(text))) return NumberKind.Age;
        // "men as young as 19", "recruits older than 55".
        if (before.Length >= 3 && Is(text, before, 0, As) && Is(text, before, 1, AgeAdjectives) && Is(text, before, 2, As)
            || before.Length >= 2 && Is(text, before, 0, Than) && Is(text, before, 1, AgeComparatives)
            // "a man of 40", "a boy of 19".
            || before.Length >= 3 && Is(text, before, 0, Of) && Is(text, before, 1, PersonNouns) && Is(text, before, 2, IndefiniteArticle))
            return NumberKind.Age;
        if (p.SuffixDuration.MatchAt(text, end) > 0) return NumberKind.Duration;
        var yearShaped = first.IsYearShaped && (last.Start == first.Start || last.IsYearShaped || last is { IsPlainDigits: true, Length: 2 });
        if (!yearShaped) return NumberKind.Count;

        // A year-shaped number is a year unless a hedge or a counted noun makes it a count.
        var countedNoun = p.SuffixCountedNoun.MatchAt(text, end) > 0;
        if (!hedgeWord.IsEmpty)
            return AmbiguousYearHedges.Contains(hedgeWord) && !countedNoun ? NumberKind.Year : NumberKind.Count;
        if (Is(text, before, 0, YearContext) || Is(text, before, 0, Months)) return NumberKind.Year;
        return countedNoun ? NumberKind.Count : NumberKind.Year;
    }

    /// <summary>
    /// "one-fourth", "two thirds", "a third" are fractions, not counts or ordinals: returns the
    /// index after the tokens to drop, or null.
    /// </summary>
    private int? IsSpelledFraction(string text, List<NumberToken> tokens, int i, ReadOnlySpan<NumberContext.Word> before)
    {
        var t = tokens[i];
        if (t is { Form: TokenForm.Cardinal, IsWords: true })
        {
            if (p.SuffixFraction.MatchAt(text, t.End) > 0) return i + 1;
            if (i + 1 < tokens.Count && tokens[i + 1] is { Form: TokenForm.Ordinal, IsWords: true, Value: >= 3 and <= 10 } denominator
                && t.Value is >= 1 and <= 9 && IsJoint(text, t.End, denominator.Start))
                return i + 2;
        }
        if (t is { Form: TokenForm.Ordinal, IsWords: true, Value: >= 3 and <= 10 } && Is(text, before, 0, FractionLead))
            return i + 1;
        return null;
    }

    /// <summary>"Over 100 and under 200", "at most 100 and at least 20": one range.</summary>
    private List<NumberMention> MergeBounds(string text, List<NumberMention> mentions)
    {
        // Most texts have no bound pair: keep the list rather than copy it.
        var pairs = false;
        for (var j = 0; j + 1 < mentions.Count && !pairs; j++)
            pairs = mentions[j].Qualifier is Qualifier.Over or Qualifier.Under && mentions[j + 1].Qualifier is Qualifier.Over or Qualifier.Under;
        if (!pairs) return mentions;
        var merged = new List<NumberMention>(mentions.Count);
        for (var j = 0; j < mentions.Count; j++)
        {
            var a = mentions[j];
            if (j + 1 < mentions.Count && Bounds(text, a, mentions[j + 1]) is { } range)
            {
                merged.Add(range);
                j++;
            }
            else
            {
                merged.Add(a);
            }
        }
        return merged;
    }

    /// <summary>A lower and an upper bound of one thing, joined by "and", "but" or a comma.</summary>
    private NumberMention? Bounds(string text, NumberMention a, NumberMention b)
    {
        if (a.Kind != b.Kind || a.Kind == NumberKind.Date) return null;
        if (!(a.Qualifier == Qualifier.Over && b.Qualifier == Qualifier.Under || a.Qualifier == Qualifier.Under && b.Qualifier == Qualifier.Over))
            return null;
        var gap = b.Start - a.End;
        if (gap is <= 0 or > MaxGap || text.AsSpan(a.End, gap).IsWhiteSpace() || !p.CompoundConnector.IsMatch(text.AsSpan(a.End, gap)))
            return null;
        var lo = a.Qualifier == Qualifier.Over ? a.Low : b.Low;
        var hi = a.Qualifier == Qualifier.Under ? a.High : b.High;
        return lo < hi ? Mention(text, a.Start, b.End, lo, hi, Qualifier.Range, a.Kind) : null;
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
            // A numbered item is short plain digits: "Articles 407 and 408, 109 thousand of them" ends the list.
            if (a.Kind == NumberKind.Reference && b is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact, Length: <= 4 } && b.Text.All(char.IsAsciiDigit)
                && (Listed(text, a, b) || OfItems(text, a, b)))
                mentions[j] = b with { Kind = NumberKind.Reference };
            // "the age limit was lowered to 25 from 27": the other end of a change of age.
            else if (a.Kind == NumberKind.Age && b is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact }
                     && b.Start > a.End && b.Start - a.End <= MaxGap && p.ChangePairConnector.IsMatch(text.AsSpan(a.End, b.Start - a.End)))
                mentions[j] = b with { Kind = NumberKind.Age };
            // "a man of 40 or 45", "aged 20, 25 or 30": the next item of a list of ages.
            else if (a.Kind == NumberKind.Age && b is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact, Low: <= 100 } && Listed(text, a, b))
                mentions[j] = b with { Kind = NumberKind.Age };
        }
        for (var j = mentions.Count - 2; j >= 0; j--)
        {
            var (a, b) = (mentions[j], mentions[j + 1]);
            if (b.Kind is NumberKind.Duration or NumberKind.Age or NumberKind.Percent
                && a is { Kind: NumberKind.Count, Qualifier: Qualifier.Exact, Low: <= 100 } && b.Low is null or <= 100 && Listed(text, a, b))
                mentions[j] = a with { Kind = b.Kind };
        }
    }

    // "Photo 1 of 5", "item 3 of 12": the count of items a numbered item belongs to.
    private static bool OfItems(string text, NumberMention a, NumberMention b) =>
        b.Start - a.End == 4 && text.AsSpan(a.End, 4) is " of ";

    private bool Listed(string text, NumberMention a, NumberMention b) =>
        b.Start > a.End && b.Start - a.End <= MaxGap && p.ListConnector.IsMatch(text.AsSpan(a.End, b.Start - a.End));

    private bool IsRatio(string text, NumberToken a, NumberToken b) =>
        a.Form == TokenForm.Cardinal && b.Form == TokenForm.Cardinal && !b.IsYearShaped && a.Value < b.Value
        && b.Start > a.End && b.Start - a.End <= MaxGap && char.IsWhiteSpace(text[a.End])
        && (text.AsSpan(a.End, b.Start - a.End).TrimStart() is [var c, ..] && (c | 0x20) is 'i' or 'o')
        && p.RatioConnector.IsMatch(text.AsSpan(a.End, b.Start - a.End));

    /// <summary>
    /// Whether a gap can be a range connector: its first non-space character is a dash, a
    /// percent sign or the start of "per cent", "to", "through", "thru", "till", "until", "up
    /// to" or "and". Spares the regex for most gaps ("500 soldiers in 2024").
    /// </summary>
    private static bool MayConnect(ReadOnlySpan<char> gap)
    {
        var trimmed = gap.TrimStart();
        if (trimmed.IsEmpty) return false;
        var c = trimmed[0];
        return c is '%' or '-' or '~' or '\u2212' or (>= '\u2010' and <= '\u2015')
               || (c | 0x20) is 'p' or 't' or 'u' or 'a';
    }

    private static bool Is(string text, ReadOnlySpan<NumberContext.Word> before, int index, WordSet set) =>
        index < before.Length && set.Contains(before[index].Of(text));

    private static bool DayOfMonth(NumberToken t) =>
        t is { IsWords: false, Form: TokenForm.Cardinal or TokenForm.Ordinal, Length: <= 4, Value: >= 1 and <= 31 }
        && decimal.IsInteger(t.Value) && (t.Form == TokenForm.Ordinal || t.IsPlainDigits);

    private int YearAfter(string text, int end) =>
        p.SuffixYear.MatchAt(text, end) is > 0 and var year ? end + year : end;

    private static bool IsJoint(string text, int from, int to)
    {
        if (to - from is < 1 or > 3) return false;
        for (var k = from; k < to; k++)
            if (!(char.IsWhiteSpace(text[k]) || text[k] == '-')) return false;
        return true;
    }

    private static NumberMention Mention(string text, int start, int end, decimal? low, decimal? high, Qualifier qualifier, NumberKind kind) =>
        new(start, end - start, text.Substring(start, end - start), low, high, qualifier, kind);
}
