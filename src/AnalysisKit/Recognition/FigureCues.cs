using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Short patterns read next to a figure that tell whether it is a claim at all: rates stated around
/// it, populations and samples, a part of a group past an age, "another N". Each is stated by a row
/// of <c>ClaimValueTests</c>.
/// </summary>
internal static class FigureCues
{
    public static readonly Regex AnotherBefore = Pattern(@"\b(?:another|a\s+further|an\s+additional)\s+$");

    public static readonly Regex HedgedTwoDigits = Pattern(@"^(?:over|under|above|below|past)\s+\d\d$");

    public static readonly Regex PartOfGroupBefore = Pattern(@"\b(?:some|many|most|all|several|few|one|two)\s+of\s+(?:them|whom)\s*,?\s*$");

    public static readonly Regex PerDayBefore = Pattern(@"\b(?:every|each|per)\s+(?:single\s+)?(?:day|week|night)\s*,?\s*(?:(?:about|around|some|roughly|nearly|almost|over|up\s+to|more\s+than|as\s+many\s+as)\s+)?$");

    public static readonly Regex PerHeadAfter = Pattern(@"^\s*(?:[\w-]+\s+){0,2}per\s+(?:(?:1|10|100)(?:[,\s]?000)*|one\s+hundred|a\s+hundred|hundred|one\s+thousand|a\s+thousand|thousand|capita|head)\b");

    public static readonly Regex PopulationBefore = Pattern(
        @"\b(?:country|nation|population|city|town|region|republic|poll|survey|sample|study|questionnaire)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$");

    private static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
}
