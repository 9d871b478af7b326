using System.Text.RegularExpressions;

namespace AnalysisKit.Claims;

/// <summary>
/// A sentence that sets out the data an article goes on to count, without a figure of its own: "We
/// went through every verdict published from May 2023 to June 2024", "The register covers 2023".
/// Its period is the period of the figures after it that state none (a data-release scope).
/// </summary>
internal static partial class MethodsCue
{
    /// <summary>Whether <paramref name="sentence"/> describes the data behind the figures that follow.</summary>
    public static bool DescribesData(string sentence) => Cue().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:we|our\s+(?:team|analysts|reporters)|the\s+(?:authors|researchers))\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:analy[sz]ed|went\s+through|reviewed|examined|counted|collected|studied|looked\s+at|compiled|tallied|processed|read)\b" +
        // "The court department has published its consolidated statistics for 2023."
        @"|\b(?:published|released|posted|issued)\s+(?:its|their|the|new)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:statistics|data|figures|report|register)\b" +
        @"|\b(?:data|figures|statistics|dataset|register|records|numbers)\s+(?:cover|covers|covered|span|spans|refer\s+to|run\s+from|runs\s+from)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Cue();
}
