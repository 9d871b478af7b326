using System.Text.RegularExpressions;

namespace AnalysisKit.Claims;

/// <summary>
/// Words that make a figure a part, breakdown or restatement of a total stated before it: "of
/// them", "of which", "these include", "including", "of the absence cases", "broken down as
/// follows", a list after a colon. Pure; read only in the short stretch around the figure.
/// </summary>
internal static partial class PartCue
{
    // How much text before and after a figure is read for the cue: the cue sits next to its figure.
    private const int Before = 60;
    private const int After = 24;

    /// <summary>Whether the figure at [<paramref name="start"/>, <paramref name="end"/>) is a part of a total before it.</summary>
    public static bool IsPart(string text, int start, int end, int windowStart = 0)
    {
        var from = Math.Max(windowStart, start - Before);
        var lead = text.AsSpan(from, start - from);
        if (LeadingCue().IsMatch(lead)) return true;
        var to = Math.Min(text.Length, end + After);
        return TrailingCue().IsMatch(text.AsSpan(end, to - end));
    }

    /// <summary>The total a part names right after it ("3,400 of the 12,650 returnees" → 12650), if any.</summary>
    public static long? TotalNamed(string text, int end)
    {
        var to = Math.Min(text.Length, end + After);
        var m = NamedTotal().Match(text, end, to - end);
        if (!m.Success) return null;
        var digits = new string(m.Groups["n"].Value.Where(char.IsDigit).ToArray());
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>
    /// The metric of the group a part names before it, when that group is told by what its members did
    /// ("Of those who returned", "Of the convicted", "of the returnees") rather than by a pronoun.
    /// </summary>
    public static Recognition.Metric? GroupNamed(string text, int start, int windowStart = 0)
    {
        var from = Math.Max(windowStart, start - Before);
        var m = Group().Match(text, from, start - from);
        if (!m.Success) return null;
        var word = m.Groups["w"].Value.ToLowerInvariant();
        return word.StartsWith("return", StringComparison.Ordinal) || word == "came" ? Recognition.Metric.AmnestyReturns
            : word is "convicted" or "sentenced" ? Recognition.Metric.Convictions
            : word.StartsWith("desert", StringComparison.Ordinal) ? Recognition.Metric.Desertion
            : null;
    }

    /// <summary>Whether the time phrase at <paramref name="phraseStart"/> tells when a group was called up ("had been mobilised in the autumn").</summary>
    public static bool JoinedBefore(string text, int phraseStart)
    {
        var from = Math.Max(0, phraseStart - 40);
        return Joined().IsMatch(text.AsSpan(from, phraseStart - from));
    }

    [GeneratedRegex(@"\bof\s+(?:those|the|these)\s+(?:who\s+(?:had\s+|have\s+)?(?:been\s+)?)?(?<w>[\p{L}\-]+)(?:\s+back)?\b[^.;\d]{0,30}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Group();

    [GeneratedRegex(@"\b(?:had\s+been|have\s+been|has\s+been|were|was|been)\s+(?:mobili[sz]ed|drafted|called\s+up|conscripted|recruited|enlisted|born)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Joined();

    [GeneratedRegex(@"\G\s*of\s+(?:the|all|these|those)\s+(?<n>\d{1,3}(?:[,\u00a0 ]\d{3})+|\d+)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NamedTotal();

    // "of this year" is a time phrase, not a part ("of this, 400 ...", "of this year's cases, 400").
    [GeneratedRegex(@"(?:\b(?:of\s+(?:them|which|whom|these|those|(?:this|that)(?!\s+(?:year|month|week|quarter|period|spring|summer|autumn|fall|winter)\b(?!['’])))|among\s+(?:them|these|those)|including|these\s+include|they\s+include|include|break(?:s)?\s+down|broke\s+down|broken\s+down|as\s+follows|the\s+rest|the\s+remainder|of\s+the\s+(?:rest|remainder))\b[^.;]*|:\s*(?:[^\d.;:]{0,40}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex LeadingCue();

    [GeneratedRegex(@"^\s*(?:of\s+(?:them|which|whom|these|those|the\b)|among\s+them)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex TrailingCue();
}
