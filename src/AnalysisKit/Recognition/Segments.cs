namespace AnalysisKit.Recognition;

/// <summary>The comma/semicolon-delimited stretch of a sentence around a figure.</summary>
internal static class Segments
{
    /// <summary>
    /// Bounds of the segment holding [<paramref name="figureStart"/>, <paramref name="figureEnd"/>);
    /// thousands separators ("12,400") do not split, and the search stops after <paramref name="reach"/> characters.
    /// </summary>
    public static (int Start, int End) Around(string sentence, int figureStart, int figureEnd, int reach = 400)
    {
        var start = 0;
        for (var i = Math.Min(figureStart, sentence.Length) - 1; i >= 0; i--)
        {
            if (figureStart - i > reach) { start = i + 1; break; }
            if (IsBreak(sentence, i)) { start = i + 1; break; }
        }
        var end = sentence.Length;
        for (var i = figureEnd; i < sentence.Length; i++)
        {
            if (i - figureEnd > reach || IsBreak(sentence, i)) { end = i; break; }
        }
        return (start, end);
    }

    private static bool IsBreak(string s, int i) =>
        s[i] == ';' || (s[i] == ',' && (i + 1 >= s.Length || !char.IsDigit(s[i + 1])));
}
