namespace AnalysisKit.Articles;

/// <summary>
/// Splits text into sentences whose offsets point into the text, so that
/// <c>text.Substring(s.Start, s.Length) == s.Text</c> for every sentence.
/// </summary>
/// <remarks>
/// A sentence ends at <c>. ! ?</c> (with any closing quotes or brackets) followed by a space and
/// a word that is not lowercase, at a line break, or at a period glued to the next sentence
/// (<c>the New Voice.He stressed</c>). It does not end at abbreviations (<c>Aug.</c>, <c>No.</c>,
/// <c>U.S.</c>, <c>e.g.</c>), initials (<c>J. Smith</c>), decimals, thousands separators or
/// ellipses. A line that stops mid-sentence and a next line starting in lowercase are one sentence
/// (hard-wrapped text). Whitespace is trimmed from both ends; pieces without a letter or digit are dropped.
/// The scan is a single pass with bounded look-behind, so time is linear in the text's length.
/// A run of more than <see cref="MaxLength"/> characters with no sentence end (a list, a page with
/// no full stops) is cut at its last clause break or space before that length: every later stage
/// reads a sentence as a whole, so an unbounded sentence would make them quadratic.
/// </remarks>
public static class SentenceSplitter
{
    // Words that take a period without ending the sentence: months, titles and ranks, "No. 5", "Art. 407".
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Cpl", "Pvt", "Adm",
        "Brig", "Cmdr", "Rep", "Sen", "Gov", "Pres", "Rev", "Hon", "St", "Mt", "Ft", "Jr", "Sr",
        "Inc", "Ltd", "Co", "Corp", "Dept", "Univ", "Bros",
        "No", "Nos", "no", "Art", "art", "Vol", "vol", "Fig", "fig", "pp", "para", "Ch", "ch",
        "vs", "etc", "approx", "est", "cf", "al", "ca",
    };

    // Of those, the ones a sentence may end with ("… and Sons Inc. The company …").
    private static readonly HashSet<string> MayEndSentence = new(StringComparer.Ordinal)
    {
        "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Bros", "etc", "al",
    };

    // After a word that may end a sentence, only these openers make it end there.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "There",
        "His", "Her", "Their", "Our", "In", "On", "At", "But", "And", "However", "Meanwhile", "According",
        "A", "An", "As", "After", "Since", "While", "When",
    };

    private const int MaxWord = 40;

    /// <summary>The longest sentence emitted; real sentences stay well below it.</summary>
    public const int MaxLength = 3000;

    // How far back from MaxLength a cut looks for a clause break or a space.
    private const int CutWindow = 400;

    /// <summary>Splits all of <paramref name="text"/> into sentences (no page-furniture removal).</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        Split(text, 0, text.Length, sentences);
        return sentences;
    }

    // Splits text[start..end) and appends the sentences, so a caller can split only body ranges.
    internal static void Split(string text, int start, int end, List<Sentence> into)
    {
        int from = start;
        int i = start;
        while (i < end)
        {
            if (i - from >= MaxLength)
            {
                int cut = CutBefore(text, from, i);
                Emit(text, from, cut, into);
                from = cut;
            }
            char c = text[i];
            if (c is '\n' or '\r')
            {
                int next = i + (c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1);
                if (!ContinuesOnNextLine(text, from, i, next, end))
                {
                    Emit(text, from, i, into);
                    from = next;
                }
                i = next;
                continue;
            }
            if (c is '.' or '!' or '?')
            {
                int cut = SentenceEnd(text, from, i, end);
                if (cut > 0)
                {
                    Emit(text, from, cut, into);
                    from = i = cut;
                    continue;
                }
            }
            i++;
        }
        Emit(text, from, end, into);
    }

    // Where an overlong run is cut: after its last comma or semicolon, else its last space, in the
    // window before i; else at i.
    private static int CutBefore(string text, int from, int i)
    {
        int floor = Math.Max(from + 1, i - CutWindow);
        int space = -1;
        for (int k = i; k > floor; k--)
        {
            if (!char.IsWhiteSpace(text[k])) continue;
            if (text[k - 1] is ',' or ';') return k;
            if (space < 0) space = k;
        }
        return space > 0 ? space : i;
    }

    // Where the sentence ends if the terminal at i ends it (after closing quotes), else -1.
    private static int SentenceEnd(string text, int from, int i, int end)
    {
        char c = text[i];
        if (c == '.' && ((i + 1 < end && text[i + 1] == '.') || (i > from && text[i - 1] == '.')))
            return -1; // part of an ellipsis "..."
        int k = i + 1;
        while (k < end && text[k] is '!' or '?')
            k++;
        while (k < end && IsClosing(text[k]))
            k++;
        // A footnote marker after the full stop stays with its sentence: "… to 15,400.[1] In March …".
        if (k < end && text[k] == '[' && FootnoteEnd(text, k, end) is var marker and > 0)
            k = marker;
        if (k >= end)
            return -1; // the range ends here anyway

        if (!char.IsWhiteSpace(text[k]))
            return c == '.' && IsGluedSentenceStart(text, from, i, k, end) ? k : -1;

        int m = k;
        while (m < end && char.IsWhiteSpace(text[m]) && text[m] is not ('\n' or '\r'))
            m++;
        if (m >= end || text[m] is '\n' or '\r')
            return -1; // the line break ends the sentence
        if (char.IsLower(text[m]))
            return -1;
        return c != '.' || PeriodEndsSentence(text, from, i, m, end) ? k : -1;
    }

    private static bool PeriodEndsSentence(string text, int from, int period, int next, int end)
    {
        int wordStart = period;
        while (wordStart > from && period - wordStart < MaxWord && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        // "(Gen." or "“Mr." — but an apostrophe inside a word ("Mary's.") stays part of it.
        while (wordStart < period && IsOpening(text[wordStart]))
            wordStart++;
        var word = text.AsSpan(wordStart, period - wordStart);
        // "Jan.–Mar." or "Oct./Nov.": the abbreviation is the word after the dash or slash.
        if (word.LastIndexOfAny('–', '—', '/') is var joint and >= 0 && joint < word.Length - 1)
            word = word[(joint + 1)..];
        if (word.IsEmpty)
            return false; // a lone period, as in ". . ."
        if (word.Length == 1 && char.IsLetter(word[0]))
            return false; // an initial: "J. Smith"
        if (IsDigits(word) && IsBlank(text.AsSpan(from, wordStart - from)))
            return false; // a list number: "1. The first …"

        bool dotted = IsDottedAbbreviation(word);
        string w = word.ToString();
        if (!dotted && !Abbreviations.Contains(w))
            return true;
        // "U.S." or "Inc." may still end a sentence when a typical opener follows.
        bool mayEnd = dotted ? char.IsUpper(word[^1]) : MayEndSentence.Contains(w);
        return mayEnd && SentenceOpeners.Contains(NextWord(text, next, end));
    }

    // "according to the New Voice.He stressed": a lowercase word, a period, then Capital+lowercase.
    private static bool IsGluedSentenceStart(string text, int from, int period, int next, int end)
    {
        if (next + 1 >= end || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1]))
            return false;
        int p = period - 1;
        if (p >= from && IsClosing(text[p]))
            p--; // heard”.You
        if (p < from || !char.IsLower(text[p]))
            return false;
        int wordStart = p;
        while (wordStart > from && period - wordStart < MaxWord && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        if (p - wordStart + 1 < 2)
            return false;
        if (wordStart > from && text[wordStart - 1] is '.' or '@' or '/' or '-' or '_')
            return false; // e.g. / a domain name / a URL path
        return !Abbreviations.Contains(text.Substring(wordStart, p - wordStart + 1));
    }

    // "U.S", "e.g", "i.e", "a.m", "Ph.D": short letter groups joined by periods.
    private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
            return false;
        int run = 0;
        foreach (char ch in word)
        {
            if (ch == '.')
            {
                if (run == 0)
                    return false;
                run = 0;
            }
            else if (!char.IsLetter(ch) || ++run > 2)
                return false;
        }
        return run > 0;
    }

    // A line ending mid-sentence continues when the next line starts in lowercase (hard-wrapped text).
    private static bool ContinuesOnNextLine(string text, int from, int lineEnd, int next, int end)
    {
        int p = lineEnd - 1;
        while (p >= from && char.IsWhiteSpace(text[p]))
            p--;
        if (p < from)
            return false;
        char last = text[p];
        if (IsClosing(last) && p > from)
            last = text[p - 1];
        if (last is '.' or '!' or '?' or ':' or '…')
            return false;
        int q = next;
        while (q < end && text[q] is ' ' or '\t')
            q++;
        return q < end && char.IsLower(text[q]);
    }

    private static string NextWord(string text, int start, int end)
    {
        int e = start;
        while (e < end && e - start < MaxWord && char.IsLetter(text[e]))
            e++;
        return text.Substring(start, e - start);
    }

    private static void Emit(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && IsBlankChar(text[start]))
            start++;
        while (end > start && IsBlankChar(text[end - 1]))
            end--;
        var span = text.AsSpan(start, end - start);
        foreach (char ch in span)
        {
            if (char.IsLetterOrDigit(ch))
            {
                into.Add(new Sentence(start, end - start, span.ToString()));
                return;
            }
        }
    }

    internal static bool IsBlankChar(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsBlank(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
            if (!IsBlankChar(ch))
                return false;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char ch in s)
            if (!char.IsAsciiDigit(ch))
                return false;
        return !s.IsEmpty;
    }

    // The index after "[12]" starting at k, or -1.
    private static int FootnoteEnd(string text, int k, int end)
    {
        int j = k + 1;
        while (j < end && j - k <= 4 && char.IsAsciiDigit(text[j]))
            j++;
        return j > k + 1 && j < end && text[j] == ']' ? j + 1 : -1;
    }

    private static bool IsClosing(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»';

    private static bool IsOpening(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«';
}
