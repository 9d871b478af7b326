using System.Buffers;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// An anchored suffix pattern with a character gate: the characters its match can start with
/// right at the position, and those it can start with after up to three spaces. Most figures
/// are followed by a word that no suffix starts with, so the gate spares the regex call (the
/// recognizer's hot path); it is a necessary condition only, so results never change.
/// </summary>
internal sealed class NumberSuffix
{
    private const int MaxSpaces = 3;

    private readonly SearchValues<char> first;
    private readonly SearchValues<char> afterSpace;
    private readonly bool[] pairs = new bool[26 * 128];
    private readonly bool anyLetterAfterSpace;

    /// <param name="regex">The \G-anchored pattern.</param>
    /// <param name="first">Characters a match can start with at the position (besides white space).</param>
    /// <param name="afterSpace">Characters a match can continue with after white space; letters match in both cases.</param>
    /// <param name="words">
    /// Lower-case two-character starts of the words a match can continue with after white
    /// space ("ye" for years, "p." for p.p.), in either case.
    /// </param>
    /// <param name="anyLetterAfterSpace">Whether any letter may follow the white space (a capitalised name).</param>
    public NumberSuffix(Regex regex, string first, string afterSpace, string[]? words = null, bool anyLetterAfterSpace = false)
    {
        Regex = regex;
        this.first = SearchValues.Create(BothCases(first));
        this.afterSpace = SearchValues.Create(BothCases(afterSpace));
        foreach (var word in words ?? [])
            pairs[(word[0] - 'a') * 128 + word[1]] = true;
        this.anyLetterAfterSpace = anyLetterAfterSpace;
    }

    public Regex Regex { get; }

    /// <summary>Length of the match at <paramref name="position"/>, or -1.</summary>
    public int MatchAt(string text, int position)
    {
        if (position >= text.Length) return -1;
        var c = text[position];
        if (!char.IsWhiteSpace(c))
            return first.Contains(c) ? NumberPatterns.MatchAt(Regex, text, position) : -1;
        var k = position + 1;
        while (k < text.Length && k - position < MaxSpaces && char.IsWhiteSpace(text[k])) k++;
        if (k >= text.Length) return -1;
        var next = text[k];
        return char.IsWhiteSpace(next) || afterSpace.Contains(next) || (anyLetterAfterSpace && char.IsLetter(next))
               || (char.IsAsciiLetter(next) && PairAt(text, k))
            ? NumberPatterns.MatchAt(Regex, text, position)
            : -1;
    }

    /// <summary>Whether the word at <paramref name="k"/> starts with one of the pairs; a non-ASCII second character is let through.</summary>
    private bool PairAt(string text, int k)
    {
        if (k + 1 >= text.Length) return false;
        var second = text[k + 1];
        if (second > 127) return true;
        if (char.IsAsciiLetterUpper(second)) second = (char)(second | 0x20);
        return pairs[((text[k] | 0x20) - 'a') * 128 + second];
    }

    private static string BothCases(string chars) => chars.ToLowerInvariant() + chars.ToUpperInvariant();
}
