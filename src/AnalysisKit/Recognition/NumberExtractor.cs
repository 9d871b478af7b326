using System.Buffers;

namespace AnalysisKit.Recognition;

/// <summary>
/// Finds number atoms in a text (digits, number words, ordinals, multiplier words, numeric
/// dates) and values them with <see cref="NumberParser"/>. Codes, phone numbers and times are
/// consumed and dropped, so their digits never become figures.
/// </summary>
/// <remarks>
/// A cheap scan finds where an atom can start (a digit run, a sign, a number-word stem); only
/// there are the anchored patterns tried, in priority order: dates, codes and times first, so
/// their digits never read as figures.
/// </remarks>
internal sealed class NumberExtractor
{
    /// <summary>
    /// Where an atom can start: digits and signs, or the separator before a word (a space or an
    /// opening mark). Scanning for these skips the inside of words.
    /// </summary>
    private static readonly SearchValues<char> Starts =
        SearchValues.Create("0123456789+-\u2212 \t\r\n\u00A0\u2009\u202F([{\"'“‘—–/.,;:!?");

    /// <summary>Stems of the words an atom can start with, by initial: a cheap superset check.</summary>
    private static readonly string[][] Stems = BuildStems(
        "zero", "one", "two", "thre", "thir", "four", "fort", "fif", "fiv", "six", "seven", "eigh", "nin", "ten",
        "eleven", "twel", "twent", "first", "second", "hundred", "thousand", "million", "billion", "trillion",
        "half", "negative", "minus", "twice", "thrice", "doubl", "tripl", "quadrupl");

    /// <summary>
    /// The first two letters of the stems, as a 26×26 table: one lookup rejects almost every
    /// word of a text before any stem is compared.
    /// </summary>
    private static readonly bool[] StemPrefixes = BuildPrefixes(Stems);

    /// <summary>"a" starts a number only before these ("a million", "a dozen", "a quarter of a million").</summary>
    private static readonly NumberLexicon.WordSet AfterA = new("hundred", "thousand", "million", "billion", "trillion", "dozen", "quarter", "third");

    private readonly NumberPatterns p;

    public NumberExtractor(NumberPatterns patterns) => p = patterns;

    /// <summary>The atoms of <paramref name="text"/>, ordered and non-overlapping.</summary>
    public List<NumberToken> Extract(string text)
    {
        var tokens = new List<NumberToken>();
        var position = 0;
        if (text.Length > 0 && char.IsAsciiLetter(text[0]) && StartsWord(text, 0))
            position = Math.Max(1, Words(text, 0, tokens));
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAny(Starts);
            if (found < 0) break;
            var start = position + found;
            position = start + 1;
            var c = text[start];
            int length;
            var signed = c is '+' or '-' or '\u2212' or '.' && start + 1 < text.Length && char.IsAsciiDigit(text[start + 1])
                         && (c != '.' || start == 0 || !char.IsLetterOrDigit(text[start - 1]));
            if (!char.IsAsciiDigit(c) && !signed)
            {
                // A separator: a word may start after it.
                start++;
                length = start < text.Length && char.IsAsciiLetter(text[start]) && StartsWord(text, start) ? Words(text, start, tokens) : -1;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (start > 0 && char.IsAsciiDigit(text[start - 1])) continue;
                length = Digits(text, start, tokens);
            }
            else if (c == '+')
            {
                length = NumberPatterns.MatchAt(p.SkipHere, text, start);
            }
            else if (c is '-' or '\u2212' or '.')
            {
                length = start + 1 < text.Length && char.IsAsciiDigit(text[start + 1]) ? Number(text, start, tokens) : -1;
            }
            else
            {
                length = -1;
            }
            if (length > 0) position = start + length;
        }
        return tokens;
    }

    /// <summary>Tries the digit atoms at a digit run, most specific first; returns the length consumed.</summary>
    private int Digits(string text, int start, List<NumberToken> tokens)
    {
        var run = start;
        while (run < text.Length && char.IsAsciiDigit(text[run])) run++;
        var next = run < text.Length ? text[run] : '\0';
        int length;
        // "0 800 307 800": a spaced run that starts with 0 is a phone number.
        if (text[start] == '0' && run - start <= 4 && next is ' ' or '\u00A0' or '\u2009' or '\u202F'
            && (length = NumberPatterns.MatchAt(p.SkipHere, text, start)) > 0)
            return length;
        // Dates, codes, times and fractions all need a digit right after the separator, so "in
        // 2024." or "5,000-strong" never reach those patterns (the gates below only skip a
        // pattern that cannot match).
        var digitAfter = run + 1 < text.Length && char.IsAsciiDigit(text[run + 1]);
        if (next is '-' or '.' or '/' or ':' && digitAfter)
        {
            if ((length = NumberPatterns.MatchAt(p.DateHere, text, start)) > 0)
                return Add(tokens, new NumberToken(start, start + length, TokenForm.Date, 0, 1, false, false), length);
            if ((length = NumberPatterns.MatchAt(p.SkipHere, text, start)) > 0) return length;
            if (next == '/' && (length = NumberPatterns.MatchAt(p.FractionHere, text, start)) > 0)
            {
                if (Fraction(text.AsSpan(start, length)) is { } part)
                    tokens.Add(new NumberToken(start, start + length, TokenForm.Cardinal, part, 1, false, false));
                return length;
            }
        }
        if ((next | 0x20) is 's' or 'n' or 'r' or 't' && (length = NumberPatterns.MatchAt(p.DigitOrdinalHere, text, start)) > 0)
        {
            return NumberParser.ParseDigits(text.AsSpan(start, length - 2), false) is { } nth
                ? Add(tokens, new NumberToken(start, start + length, TokenForm.Ordinal, nth, 1, false, false), length)
                : length;
        }
        if (run - start == 4 && text[run - 1] == '0' && ((next | 0x20) == 's' || next is '\'' or '’')
            && (length = NumberPatterns.MatchAt(p.DecadeHere, text, start)) > 0)
        {
            var decade = NumberParser.ParseDigits(text.AsSpan(start, 4), false) ?? 0;
            return Add(tokens, new NumberToken(start, start + length, TokenForm.Year, decade, 1, false, false), length);
        }
        if (next is '-' or '.' or ' ' or 'f' or 'F' && FoldAhead(text, run) && (length = NumberPatterns.MatchAt(p.DigitFoldHere, text, start)) > 0)
        {
            return NumberParser.MultiplierValue(text.AsSpan(start, length)) is { } factor
                ? Add(tokens, new NumberToken(start, start + length, TokenForm.Multiplier, factor, 1, false, false), length)
                : length;
        }
        return Number(text, start, tokens);
    }

    /// <summary>
    /// Whether "fold" can follow the digits ending at <paramref name="run"/>: after at most a
    /// decimal part, spaces and one hyphen (the shape DigitFold allows).
    /// </summary>
    private static bool FoldAhead(string text, int run)
    {
        var k = run;
        if (k < text.Length && text[k] == '.')
        {
            k++;
            while (k < text.Length && k - run <= 3 && char.IsAsciiDigit(text[k])) k++;
        }
        while (k < text.Length && char.IsWhiteSpace(text[k]) && k - run < 12) k++;
        if (k < text.Length && text[k] == '-') k++;
        while (k < text.Length && char.IsWhiteSpace(text[k]) && k - run < 16) k++;
        return k < text.Length && (text[k] | 0x20) == 'f';
    }

    /// <summary>A digit number with its sign, separators, decimals and scale ("-5", "218 282", "2.35 million").</summary>
    private int Number(string text, int start, List<NumberToken> tokens)
    {
        if (PlainRun(text, start) is > 0 and var run)
        {
            return NumberParser.ParseDigits(text.AsSpan(start, run), false) is { } whole
                ? Add(tokens, new NumberToken(start, start + run, TokenForm.Cardinal, whole, 1, false, text.AsSpan(start, run).IndexOf(',') < 0), run)
                : run;
        }
        var length = NumberPatterns.MatchAt(p.DigitNumberHere, text, start);
        if (length <= 0) return length;
        var span = text.AsSpan(start, length);
        var negative = span[0] is '-' or '\u2212';
        var i = negative ? 1 : 0;
        var digitsEnd = i;
        while (digitsEnd < span.Length
               && (char.IsAsciiDigit(span[digitsEnd])
                   || (span[digitsEnd] is ',' or '.' or ' ' or '\u00A0' or '\u2009' or '\u202F'
                       && digitsEnd + 1 < span.Length && char.IsAsciiDigit(span[digitsEnd + 1]))))
            digitsEnd++;
        var digits = span[i..digitsEnd];
        var scaleWord = span[digitsEnd..].Trim();
        // "1,5 million": the pattern only lets a one- or two-digit comma part through before a scale.
        var comma = digits.IndexOf(',');
        var decimalComma = comma > 0 && scaleWord.Length > 0 && digits.Length - comma - 1 is 1 or 2 && digits.LastIndexOf(',') == comma;
        // "12.400 servicemen": before a noun of people or cases, a dot before exactly three digits is a
        // thousands separator, as in continental and translated copy; "4.800", "12.4" and "1.250
        // million" stay decimals.
        var dotThousands = scaleWord.IsEmpty && IsDotThousands(digits) && p.SuffixWholeNoun.MatchAt(text, start + length) > 0;
        if (dotThousands) digits = string.Concat(digits[..digits.IndexOf('.')], digits[(digits.IndexOf('.') + 1)..]);
        var factor = scaleWord.IsEmpty ? 1m : NumberParser.ScaleOf(scaleWord);
        if (NumberParser.ParseDigits(digits, decimalComma) is not { } value || (factor == 1 ? value : NumberParser.Scale(value, factor)) is not { } scaled)
            return length;
        var plain = !negative && scaleWord.IsEmpty && !dotThousands && IsAsciiDigits(digits);
        // "5 thousand 396": a transliterated register writes the remainder after the scale word.
        if (factor == 1000 && value == decimal.Truncate(value) && RemainderAfterScale(text, start + length) is var (rest, restLength))
            return Add(tokens, new NumberToken(start, start + length + restLength, TokenForm.Cardinal, (negative ? -1 : 1) * (scaled + rest), 1, false, false),
                length + restLength);
        return Add(tokens, new NumberToken(start, start + length, TokenForm.Cardinal, negative ? -scaled : scaled, factor, false, plain), length);
    }

    private static bool IsDotThousands(ReadOnlySpan<char> digits)
    {
        var dot = digits.IndexOf('.');
        return dot is >= 1 and <= 3 && digits[0] != '0' && digits.Length - dot - 1 == 3 && IsAsciiDigits(digits[..dot]) && IsAsciiDigits(digits[(dot + 1)..]);
    }

    // One space and one to three digits that end there (not a group, decimal, unit or range end).
    private static (int Value, int Length)? RemainderAfterScale(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != ' ' || !char.IsAsciiDigit(text[at + 1])) return null;
        var end = at + 1;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - at <= 4) end++;
        if (end - at - 1 > 3 || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '%' or '-' or '–' || (text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))))
            return null;
        return (int.Parse(text.AsSpan(at + 1, end - at - 1), System.Globalization.CultureInfo.InvariantCulture), end - at);
    }

    /// <summary>
    /// The length of a bare digit run (or comma-grouped run) that DigitNumber would match as it stands, or 0 when the
    /// pattern must decide: the common "in 500 cases", "(300)", "40%" shapes skip the regex.
    /// The run must follow a space or an opening mark (so DigitGuard passes), and must not be
    /// followed by a separator and digits (groups, decimals), a letter (scale, unit, ordinal),
    /// or spaces and a word that may be a scale ("5 million", "10 k").
    /// </summary>
    private static int PlainRun(string text, int start)
    {
        if (!char.IsAsciiDigit(text[start])) return 0;
        if (start > 0 && !(char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '(' or '[' or '"' or '“')) return 0;
        var run = start;
        while (run < text.Length && char.IsAsciiDigit(text[run])) run++;
        if (run - start > 28) return 0;
        // "12,400": up to six comma groups of exactly three digits after one to three digits.
        if (run - start <= 3)
        {
            var groups = 0;
            while (run + 3 < text.Length && text[run] == ',' && char.IsAsciiDigit(text[run + 1]) && char.IsAsciiDigit(text[run + 2])
                   && char.IsAsciiDigit(text[run + 3]) && (run + 4 == text.Length || !char.IsDigit(text[run + 4])))
            {
                if (++groups > 6) return 0;
                run += 4;
            }
        }
        if (run == text.Length) return run - start;
        var next = text[run];
        var afterNext = run + 1 < text.Length ? text[run + 1] : '\0';
        if (next is ',' or '.') return char.IsDigit(afterNext) ? 0 : run - start;
        if (char.IsLetter(next) || char.IsDigit(next)) return 0;
        if (!char.IsWhiteSpace(next)) return run - start;
        if (char.IsDigit(afterNext)) return 0;
        var k = run;
        while (k < text.Length && k - run < 3 && char.IsWhiteSpace(text[k])) k++;
        // U+212A, the Kelvin sign, is a 'k' to a case-insensitive regex.
        return k < text.Length && ((text[k] | 0x20) is 'h' or 't' or 'm' or 'b' or 'd' or 'k' || text[k] == '\u212A') ? 0 : run - start;
    }

    /// <summary>Tries the word atoms: ordinals, multipliers, then runs of number words.</summary>
    private int Words(string text, int start, List<NumberToken> tokens)
    {
        int length;
        var wordEnd = start;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
        var word = text.AsSpan(start, wordEnd - start);
        if (MayBeOrdinal(word) && (length = NumberPatterns.MatchAt(p.OrdinalWordHere, text, start)) > 0)
        {
            return NumberParser.OrdinalValue(text.AsSpan(start, length)) is { } ordinal
                ? Add(tokens, new NumberToken(start, start + length, TokenForm.Ordinal, ordinal, 1, true, false), length)
                : length;
        }
        if (MayBeMultiplier(text, word, wordEnd) && (length = NumberPatterns.MatchAt(p.MultiplierWordHere, text, start)) > 0)
        {
            return NumberParser.MultiplierValue(text.AsSpan(start, length)) is { } factor
                ? Add(tokens, new NumberToken(start, start + length, TokenForm.Multiplier, factor, 1, true, false), length)
                : length;
        }
        if ((length = NumberPatterns.MatchAt(p.CardinalRunHere, text, start)) > 0)
            tokens.AddRange(NumberParser.ParseWordRun(text, start, start + length));
        return length;
    }

    /// <summary>
    /// Whether an ordinal can start with this word: an ordinal ends in st/nd/rd/th, and a
    /// compound one starts with a tens word ending in y ("twenty-first"). Skips a regex call for
    /// most number words.
    /// </summary>
    private static bool MayBeOrdinal(ReadOnlySpan<char> word) =>
        word.Length >= 3
        && ((word[^1] | 0x20) == 'y'
            || (word[^2] | 0x20, word[^1] | 0x20) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h'));

    /// <summary>
    /// Whether a multiplier can start with this word: "twice", "thrice", "doubled", "tripling",
    /// "quadruple", "tenfold", or a number word before "fold" ("three-fold", "five fold").
    /// </summary>
    private static bool MayBeMultiplier(string text, ReadOnlySpan<char> word, int wordEnd)
    {
        if (StartsWithStem(word, "twice") || StartsWithStem(word, "thrice") || StartsWithStem(word, "doubl")
            || StartsWithStem(word, "tripl") || StartsWithStem(word, "quadrupl")
            || (word.Length > 4 && StartsWithStem(word[^4..], "fold")))
            return true;
        var k = wordEnd;
        while (k < text.Length && k - wordEnd < 3 && char.IsWhiteSpace(text[k])) k++;
        if (k < text.Length && text[k] == '-') k++;
        var hyphen = k;
        while (k < text.Length && k - hyphen < 3 && char.IsWhiteSpace(text[k])) k++;
        return k + 4 <= text.Length && StartsWithStem(text.AsSpan(k, 4), "fold");
    }

    /// <summary>Whether a word starting here can start a number atom (superset check).</summary>
    private static bool StartsWord(string text, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '_' or '\'' or '’')) return false;
        if (i + 1 < text.Length && char.IsAsciiLetter(text[i + 1])
            && !StemPrefixes[((text[i] | 0x20) - 'a') * 26 + ((text[i + 1] | 0x20) - 'a')])
            return false;
        var end = i;
        while (end < text.Length && end - i < 24 && char.IsAsciiLetter(text[end])) end++;
        var word = text.AsSpan(i, end - i);
        if (word.Length == 1) return word[0] is 'a' or 'A' && NextWordIn(text, end, AfterA);
        foreach (var stem in Stems[(word[0] | 0x20) - 'a'])
        {
            if (!StartsWithStem(word, stem)) continue;
            // "half" starts a number only in "half a million".
            return !word.Equals("half", StringComparison.OrdinalIgnoreCase) || NextWordIn(text, end, NumberLexicon.FractionLead);
        }
        return false;
    }

    /// <summary>
    /// Whether ASCII letters start with a lower-case stem, ignoring case: OR-ing 0x20 lowers an
    /// ASCII letter, far cheaper than a culture-aware or OrdinalIgnoreCase comparison on the
    /// hot path (every word of every text).
    /// </summary>
    private static bool StartsWithStem(ReadOnlySpan<char> word, string stem)
    {
        if (word.Length < stem.Length) return false;
        for (var k = 0; k < stem.Length; k++)
            if ((word[k] | 0x20) != stem[k]) return false;
        return true;
    }

    private static bool NextWordIn(string text, int end, NumberLexicon.WordSet words)
    {
        var s = end;
        while (s < text.Length && s - end < 3 && char.IsWhiteSpace(text[s])) s++;
        if (s == end) return false;
        var e = s;
        while (e < text.Length && e - s < 12 && char.IsAsciiLetter(text[e])) e++;
        return words.Contains(text.AsSpan(s, e - s));
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

    private static int Add(List<NumberToken> tokens, NumberToken token, int length)
    {
        tokens.Add(token);
        return length;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool[] BuildPrefixes(string[][] stems)
    {
        var prefixes = new bool[26 * 26];
        foreach (var group in stems)
            foreach (var stem in group)
                prefixes[(stem[0] - 'a') * 26 + (stem[1] - 'a')] = true;
        return prefixes;
    }

    private static string[][] BuildStems(params string[] stems)
    {
        var byInitial = new string[26][];
        for (var letter = 0; letter < 26; letter++)
            byInitial[letter] = stems.Where(s => s[0] - 'a' == letter).ToArray();
        return byInitial;
    }
}
