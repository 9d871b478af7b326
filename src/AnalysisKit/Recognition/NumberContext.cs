namespace AnalysisKit.Recognition;

/// <summary>
/// Reads the words just before a figure, nearest first, for the lexicon checks (hedges,
/// months, keywords). A word is a run of letters, with a trailing dot for abbreviations
/// ("Aug.", "art."); comparison signs (&lt; &gt; = ~ # §) are one-character words. Reading stops
/// at other punctuation, digits, a long gap or <c>floor</c>.
/// </summary>
internal static class NumberContext
{
    /// <summary>The most words any lexicon check reads.</summary>
    public const int MaxWords = 8;

    public readonly record struct Word(int Start, int End)
    {
        public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
    }

    /// <summary>Fills <paramref name="words"/> with the words before <paramref name="position"/>; returns how many.</summary>
    public static int Collect(string text, int position, int floor, Span<Word> words)
    {
        var i = position;
        // "mid-2024", "One-fourth": a hyphen glues the word to the figure.
        if (i - 2 >= floor && text[i - 1] == '-' && char.IsLetter(text[i - 2])) i--;
        var count = 0;
        while (count < words.Length)
        {
            var gap = 0;
            while (i > floor && char.IsWhiteSpace(text[i - 1]) && gap <= 3)
            {
                i--;
                gap++;
            }
            if (gap > 3 || i <= floor) break;
            var c = text[i - 1];
            if (IsSign(c))
            {
                words[count++] = new Word(i - 1, i);
                i--;
                continue;
            }
            var end = i;
            if (c == '.') i--;
            var start = i;
            while (start > floor && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’')) start--;
            if (start == i) break;
            words[count++] = new Word(start, end);
            i = start;
        }
        return count;
    }

    private static bool IsSign(char c) => c is '<' or '>' or '=' or '~' or '≈' or '≤' or '≥' or '#' or '§' or '№';
}
