using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Short patterns read next to a figure that tell whether it is a claim at all: rates stated around
/// it, populations and samples, a part of a group past an age, "another N". Each is stated by a row
/// of <c>ClaimValueTests</c>.
/// </summary>
internal static partial class FigureCues
{
    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+additional)\s+$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex AnotherBefore { get; }

    [GeneratedRegex(@"^(?:over|under|above|below|past)\s+\d\d$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex HedgedTwoDigits { get; }

    [GeneratedRegex(@"\b(?:some|many|most|all|several|few|one|two)\s+of\s+(?:them|whom)\s*,?\s*$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex PartOfGroupBefore { get; }

    [GeneratedRegex(@"\b(?:every|each|per)\s+(?:single\s+)?(?:day|week|night)\s*,?\s*(?:(?:about|around|some|roughly|nearly|almost|over|up\s+to|more\s+than|as\s+many\s+as)\s+)?$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex PerDayBefore { get; }

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}per\s+(?:(?:1|10|100)(?:[,\s]?000)*|one\s+hundred|a\s+hundred|hundred|one\s+thousand|a\s+thousand|thousand|capita|head)\b", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex PerHeadAfter { get; }

    [GeneratedRegex(@"\b(?:country|nation|population|city|town|region|republic|poll|survey|sample|study|questionnaire)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex PopulationBefore { get; }

    // "Daily losses of the army reach 1,100", "the weekly average is 300": a rate named by its noun
    // before the figure (spec: rates per day or week are no claims).
    [GeneratedRegex(@"\b(?:daily|weekly|nightly)\s+(?:losses|casualties|desertions|returns|departures|arrivals|toll|average|rate|intake|tally|count|number)\b[^.;]{0,60}$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex PerDayNounBefore { get; }

    // "the vertical axis starts at 2,000": a chart's scale, not a count ("full-scale war" is no scale).
    [GeneratedRegex(@"(?<![\w-])(?:axis|axes|scale|gridlines?)\b[^.;]{0,30}$", Options, matchTimeoutMilliseconds: 10000)]
    public static partial Regex ChartScaleBefore { get; }

    // Fixed patterns, compiled at build time: nothing to parse or JIT at start-up.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
}
