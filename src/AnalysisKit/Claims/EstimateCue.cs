using System.Text.RegularExpressions;

namespace AnalysisKit.Claims;

/// <summary>"are estimated at only 350,000", "an estimated 40,000": the figure is approximate.</summary>
internal static partial class EstimateCue
{
    public static bool IsEstimate(ReadOnlySpan<char> before) => Pattern().IsMatch(before);

    [GeneratedRegex(@"(?:\bestimated\s+(?:at\s+)?|\ban\s+estimated\s+|\best\.\s*)(?:only\s+|just\s+|some\s+|roughly\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Pattern();
}
