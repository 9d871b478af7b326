using System.Globalization;

namespace AnalysisKit.Recognition;

/// <summary>
/// Where a regex <c>\b</c> falls in a text: every gate of every recognizer walks the same
/// sentence, so its boundaries are found once (per thread, for the text last asked about).
/// </summary>
internal static class WordBoundaries
{
    // The last few texts asked about: a recognizer may look back a sentence or two between two
    // looks at the current one.
    private const int Remembered = 4;
    [ThreadStatic] private static string?[]? texts;
    [ThreadStatic] private static int[]?[]? boundaries;
    [ThreadStatic] private static int next;
    [ThreadStatic] private static int[]? scratch;

    /// <summary>The positions i where text[i] and the character before it (none at 0) differ in being word characters.</summary>
    public static int[] Of(string text)
    {
        texts ??= new string?[Remembered];
        boundaries ??= new int[]?[Remembered];
        for (var k = 0; k < Remembered; k++)
            if (ReferenceEquals(texts[k], text)) return boundaries[k]!;
        var found = Find(text);
        // A new array each time: a caller may still hold an older text's.
        texts[next] = text;
        boundaries[next] = found;
        next = (next + 1) % Remembered;
        return found;
    }

    private static int[] Find(string text)
    {
        scratch ??= new int[256];
        var count = 0;
        var wordBefore = false;
        for (var i = 0; i < text.Length; i++)
        {
            var word = IsWordChar(text[i]);
            if (word == wordBefore) continue;
            wordBefore = word;
            if (count == scratch.Length) Array.Resize(ref scratch, count * 2);
            scratch[count++] = i;
        }
        return scratch.AsSpan(0, count).ToArray();
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
