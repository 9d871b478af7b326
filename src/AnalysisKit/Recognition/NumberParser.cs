using System.Collections.Frozen;
using System.Globalization;

namespace AnalysisKit.Recognition;

/// <summary>
/// Values number atoms: digits with separators and scales, runs of number words, ordinals and
/// multiplier words (the "parser" half of Recognizers-Text's extract-then-parse split).
/// Pure functions over static tables.
/// </summary>
internal static class NumberParser
{
    private enum WordType { Zero, Unit, Teen, Tens, Hundred, Scale, Dozen, And, A, Half, Negative, Part, Parts, Of }

    private static readonly FrozenDictionary<string, (WordType Type, decimal Value)> Words =
        new Dictionary<string, (WordType, decimal)>(StringComparer.OrdinalIgnoreCase)
        {
            ["zero"] = (WordType.Zero, 0),
            ["one"] = (WordType.Unit, 1), ["two"] = (WordType.Unit, 2), ["three"] = (WordType.Unit, 3),
            ["four"] = (WordType.Unit, 4), ["five"] = (WordType.Unit, 5), ["six"] = (WordType.Unit, 6),
            ["seven"] = (WordType.Unit, 7), ["eight"] = (WordType.Unit, 8), ["nine"] = (WordType.Unit, 9),
            ["ten"] = (WordType.Teen, 10), ["eleven"] = (WordType.Teen, 11), ["twelve"] = (WordType.Teen, 12),
            ["thirteen"] = (WordType.Teen, 13), ["fourteen"] = (WordType.Teen, 14), ["fifteen"] = (WordType.Teen, 15),
            ["sixteen"] = (WordType.Teen, 16), ["seventeen"] = (WordType.Teen, 17), ["eighteen"] = (WordType.Teen, 18),
            ["nineteen"] = (WordType.Teen, 19),
            ["twenty"] = (WordType.Tens, 20), ["thirty"] = (WordType.Tens, 30), ["forty"] = (WordType.Tens, 40),
            ["fourty"] = (WordType.Tens, 40), ["fifty"] = (WordType.Tens, 50), ["sixty"] = (WordType.Tens, 60),
            ["seventy"] = (WordType.Tens, 70), ["eighty"] = (WordType.Tens, 80), ["ninety"] = (WordType.Tens, 90),
            ["hundred"] = (WordType.Hundred, 100),
            ["thousand"] = (WordType.Scale, 1_000m), ["million"] = (WordType.Scale, 1_000_000m),
            ["billion"] = (WordType.Scale, 1_000_000_000m), ["trillion"] = (WordType.Scale, 1_000_000_000_000m),
            ["dozen"] = (WordType.Dozen, 12), ["dozens"] = (WordType.Dozen, 12),
            ["and"] = (WordType.And, 0), ["a"] = (WordType.A, 1), ["half"] = (WordType.Half, 0.5m),
            ["negative"] = (WordType.Negative, 0), ["minus"] = (WordType.Negative, 0),
            ["quarter"] = (WordType.Part, 0.25m), ["quarters"] = (WordType.Parts, 0.25m),
            ["third"] = (WordType.Part, 1m / 3), ["thirds"] = (WordType.Parts, 1m / 3), ["of"] = (WordType.Of, 0),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> OrdinalWords =
        new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
        {
            ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
            ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
            ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
            ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
            ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
            ["hundredth"] = 100, ["thousandth"] = 1_000, ["millionth"] = 1_000_000, ["billionth"] = 1_000_000_000,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Removes trailing zeros so values print as written ("2350000", not "2350000.00").</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>The multiplier of a scale word or abbreviation (<c>million</c>, <c>bn</c>, <c>k</c>).</summary>
    public static decimal ScaleOf(ReadOnlySpan<char> word)
    {
        var lower = word.Length <= 16 ? word : word[..16];
        Span<char> buffer = stackalloc char[16];
        var n = lower.ToLowerInvariant(buffer);
        var w = buffer[..n];
        if (w.EndsWith("s") && w.Length > 2) w = w[..^1];
        return w switch
        {
            "hundred" => 100m,
            "thousand" or "k" => 1_000m,
            "million" or "m" or "mln" or "mn" => 1_000_000m,
            "billion" or "b" or "bn" or "bln" => 1_000_000_000m,
            "trillion" or "tn" => 1_000_000_000_000m,
            "dozen" => 12m,
            _ => 1m,
        };
    }

    /// <summary>
    /// Digits with comma or space thousands separators and an optional decimal point; with
    /// <paramref name="decimalComma"/> the comma is the decimal point ("1,5 million").
    /// Null when the digits do not fit a decimal.
    /// </summary>
    public static decimal? ParseDigits(ReadOnlySpan<char> digits, bool decimalComma)
    {
        // Integers of up to 18 digits (nearly every figure) skip decimal parsing and division.
        long whole = 0;
        var count = 0;
        var integer = true;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++count > 18)
                {
                    integer = false;
                    break;
                }
                whole = whole * 10 + (c - '0');
            }
            else if (c == '.' || (c == ',' && decimalComma))
            {
                integer = false;
                break;
            }
        }
        if (integer && count > 0) return whole;

        Span<char> buffer = stackalloc char[Math.Min(digits.Length, 64)];
        var n = 0;
        foreach (var c in digits)
        {
            if (n == buffer.Length) return null;
            if (char.IsAsciiDigit(c) || c == '.') buffer[n++] = c;
            else if (c == ',' && decimalComma) buffer[n++] = '.';
        }
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? Normalize(value)
            : null;
    }

    /// <summary>Applies a scale, or null on overflow.</summary>
    public static decimal? Scale(decimal value, decimal scale)
    {
        try
        {
            return Normalize(value * scale);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The value of an ordinal word, simple or compound ("fourth", "twenty-first").</summary>
    public static decimal? OrdinalValue(ReadOnlySpan<char> text)
    {
        decimal total = 0;
        foreach (var (start, length) in WordsOf(text))
        {
            var word = text.Slice(start, length).ToString();
            if (OrdinalWords.TryGetValue(word, out var ordinal)) return total + ordinal;
            if (Words.TryGetValue(word, out var cardinal) && cardinal.Type == WordType.Tens) total += cardinal.Value;
            else return null;
        }
        return null;
    }

    /// <summary>The factor of a multiplier word ("fivefold" 5, "twice" 2, "tripled" 3).</summary>
    public static decimal? MultiplierValue(ReadOnlySpan<char> text)
    {
        var lower = text.ToString().ToLowerInvariant();
        if (lower.StartsWith("twice", StringComparison.Ordinal) || lower.StartsWith("doubl", StringComparison.Ordinal)) return 2;
        if (lower.StartsWith("thrice", StringComparison.Ordinal) || lower.StartsWith("tripl", StringComparison.Ordinal)) return 3;
        if (lower.StartsWith("quadrupl", StringComparison.Ordinal)) return 4;
        var fold = lower.LastIndexOf("fold", StringComparison.Ordinal);
        if (fold <= 0) return null;
        var number = lower[..fold].TrimEnd(' ', '-', '\u00A0');
        if (number.Length > 0 && char.IsAsciiDigit(number[0])) return ParseDigits(number, decimalComma: false);
        if (Words.TryGetValue(number, out var word) && word.Type is WordType.Unit or WordType.Teen or WordType.Tens or WordType.Hundred or WordType.Scale)
            return word.Value;
        return null;
    }

    /// <summary>
    /// Splits a run of number words into numbers and values each: "one hundred and twenty
    /// thousand" is one number; "five ten" or "one hundred and two hundred" are two.
    /// </summary>
    public static List<NumberToken> ParseWordRun(string text, int start, int end)
    {
        var words = new List<(int Start, int End, WordType Type, decimal Value)>();
        foreach (var (offset, length) in WordsOf(text.AsSpan(start, end - start)))
        {
            var s = start + offset;
            if (Words.TryGetValue(text.Substring(s, length), out var info))
                words.Add((s, s + length, info.Type, info.Value));
        }
        var tokens = new List<NumberToken>();
        var i = 0;
        while (i < words.Count)
        {
            var (token, next) = ParseOne(words, i, words.Count);
            if (token is { } t) tokens.Add(t);
            i = Math.Max(next, i + 1);
        }
        return tokens;
    }

    private enum Last { None, Unit, Teen, Tens, Hundred, Closed }

    /// <summary>
    /// Reads one number from words[first..limit). Returns the token (or null when the words
    /// start no number) and the index where the next number starts.
    /// </summary>
    private static (NumberToken? Token, int Next) ParseOne(
        List<(int Start, int End, WordType Type, decimal Value)> words, int first, int limit)
    {
        var k = first;
        var negative = false;
        if (words[k].Type == WordType.Negative)
        {
            negative = true;
            k++;
        }
        if (k >= limit) return (null, limit);

        decimal total = 0, group = 0, small = 0, lastScale = 0, trailing = 1;
        var hasHundred = false;
        var last = Last.None;
        var consumed = -1;
        var groupStart = k;     // first word of the part after the last scale word
        var smallStart = k;     // first word of the part below a hundred
        var sawZero = false;

        // "a million", "half a million", "a quarter of a million", "a dozen": the lead stands
        // for one or for a part of one.
        var fractionLead = false;
        if (LeadPart(words, k, limit) is ({ } part, var afterLead))
        {
            group = small = part;
            last = Last.Unit;
            consumed = afterLead - 1;
            k = afterLead;
            fractionLead = true;
        }
        else if (words[k].Type == WordType.A)
        {
            group = small = 1;
            last = Last.Unit;
            consumed = k;
            k++;
        }
        else if (words[k].Type is WordType.And or WordType.Half or WordType.Hundred or WordType.Scale or WordType.Dozen
                 or WordType.Part or WordType.Parts or WordType.Of)
        {
            return (null, k + 1);
        }

        var split = -1;
        for (; k < limit && split < 0; k++)
        {
            var (_, _, type, value) = words[k];
            var startsSmall = last is Last.None or Last.Hundred;
            switch (type)
            {
                case WordType.Zero when consumed < 0:
                    sawZero = true;
                    consumed = k;
                    last = Last.Closed;
                    break;
                case WordType.Unit when startsSmall || (last == Last.Tens && small % 10 == 0):
                case WordType.Teen when startsSmall:
                case WordType.Tens when startsSmall:
                    if (startsSmall) smallStart = k;
                    group += value;
                    small += value;
                    last = type switch { WordType.Unit => Last.Unit, WordType.Teen => Last.Teen, _ => Last.Tens };
                    trailing = 1;
                    consumed = k;
                    break;
                case WordType.Hundred when last is Last.Unit or Last.Teen or Last.Tens:
                    if (hasHundred)
                    {
                        split = smallStart;
                        break;
                    }
                    group = group - small + small * 100;
                    small = 0;
                    hasHundred = true;
                    last = Last.Hundred;
                    trailing = 100;
                    consumed = k;
                    break;
                case WordType.Scale when group > 0 && last != Last.None:
                    if (lastScale != 0 && value >= lastScale)
                    {
                        split = groupStart;
                        break;
                    }
                    total += group * value;
                    group = small = 0;
                    hasHundred = false;
                    lastScale = value;
                    last = Last.None;
                    trailing = value;
                    consumed = k;
                    groupStart = k + 1;
                    break;
                case WordType.Dozen when group > 0 && last is Last.Unit or Last.Teen or Last.Tens:
                    group = group - small + small * 12;
                    small = 0;
                    last = Last.Closed;
                    trailing = 12;
                    consumed = k;
                    break;
                case WordType.And when last is Last.None or Last.Hundred && consumed >= 0
                                        && k + 1 < limit && words[k + 1].Type is WordType.Unit or WordType.Teen or WordType.Tens:
                    break;
                case WordType.And when consumed >= 0 && k + 2 < limit
                                        && words[k + 1].Type == WordType.A && words[k + 2].Type == WordType.Half:
                    // "one and a half (million)", "a million and a half": the half belongs to the
                    // last unit or scale; in "a million and two and a half thousand" it starts
                    // a second number.
                    if (group > 0 && lastScale > 0)
                    {
                        split = groupStart;
                        break;
                    }
                    if (group == 0 && lastScale > 0) total += 0.5m * lastScale;
                    else group += 0.5m;
                    last = Last.Closed;
                    trailing = 1;
                    consumed = k + 2;
                    k += 2;
                    break;
                default:
                    split = k;
                    break;
            }
        }

        if (split >= 0 && split <= first + (negative ? 1 : 0) && consumed < first)
            return (null, split + 1);
        if (split >= 0 && split > first && split <= consumed)
        {
            // The words from `split` begin the next number: read this one without them.
            var end = split;
            while (end > first && words[end - 1].Type == WordType.And) end--;
            var (head, _) = ParseOne(words, first, end);
            return (head, split);
        }
        if (consumed < 0 || (total + group == 0 && !sawZero)) return (null, Math.Max(k, first + 1));

        var result = total + group;
        if (fractionLead) result = Math.Round(result, 2);
        if (negative) result = -result;
        var token = new NumberToken(
            words[first].Start, words[consumed].End, TokenForm.Cardinal, Normalize(result),
            trailing, IsWords: true, IsPlainDigits: false);
        return (token, split >= 0 ? split : consumed + 1);
    }

    /// <summary>
    /// A lead standing for a part of one before "a": "half a", "a quarter of a", "two thirds
    /// of a". Returns the part and the index after the "a", or null.
    /// </summary>
    private static (decimal? Part, int After) LeadPart(List<(int Start, int End, WordType Type, decimal Value)> words, int k, int limit)
    {
        decimal part;
        int j;
        if (words[k].Type == WordType.Half)
        {
            (part, j) = (0.5m, k + 1);
        }
        else if (k + 1 < limit && words[k].Type is WordType.A or WordType.Unit && words[k].Value == 1 && words[k + 1].Type == WordType.Part)
        {
            (part, j) = (words[k + 1].Value, k + 2);
        }
        else if (k + 1 < limit && words[k].Type == WordType.Unit && words[k].Value is 2 or 3 && words[k + 1].Type == WordType.Parts)
        {
            (part, j) = (words[k].Value * words[k + 1].Value, k + 2);
        }
        else
        {
            return (null, k);
        }
        if (j < limit && words[j].Type == WordType.Of) j++;
        return j < limit && words[j].Type == WordType.A ? (part, j + 1) : (null, k);
    }

    /// <summary>(offset, length) of each run of ASCII letters.</summary>
    private static List<(int Start, int Length)> WordsOf(ReadOnlySpan<char> text)
    {
        var result = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            var s = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            result.Add((s, i - s));
        }
        return result;
    }
}
