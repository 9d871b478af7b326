using System.Globalization;

namespace AnalysisKit.Recognition;

/// <summary>
/// Where a regex <c>\b</c> falls in a text: every gate of every recognizer walks the same
/// sentence, so its boundaries are found once (per thread, for the text last asked about).
/// </summary>
internal static class WordBoundaries
{
    [ThreadStatic] private static string? lastText;
    [ThreadStatic] private static int[]? lastBoundaries;

    /// <summary>The positions i where text[i] and the character before it (none at 0) differ in being word characters.</summary>
    public static int[] Of(string text)
    {
        if (ReferenceEquals(text, lastText) && lastBoundaries is not null) return lastBoundaries;
        var found = new List<int>(text.Length / 3);
        var wordBefore = false;
        for (var i = 0; i < text.Length; i++)
        {
            var word = IsWordChar(text[i]);
            if (word != wordBefore) found.Add(i);
            wordBefore = word;
        }
        // A new array each time: a caller may still hold the previous text's.
        lastBoundaries = [.. found];
        lastText = text;
        return lastBoundaries;
    }

    /// <summary>
    /// Whether a regex <c>\b</c> can fall between two characters: .NET's word characters are
    /// letters, non-spacing marks, decimal digits, connector punctuation and the
    /// zero-width (non-)joiner.
    /// </summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return AsciiWord[c];
        if (c is '\u200C' or '\u200D') return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation;
    }

    private static readonly bool[] AsciiWord = Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) || c == '_').ToArray();

}
