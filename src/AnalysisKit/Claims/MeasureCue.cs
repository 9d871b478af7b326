using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// A sentence without a figure that says what the figures after it count: "All figures are persons
/// convicted", "The numbers below are verdicts", "The figures here are registered proceedings". The
/// figures under it that name only an offence ("Art. 338 (desertion): 263") count that measure, in its unit.
/// </summary>
internal static partial class MeasureCue
{
    /// <summary>What the figures after <paramref name="sentence"/> count, if it says so; the unit when it names one.</summary>
    public static (Metric? Metric, CountUnit? Unit)? Of(string sentence, MetricRecognizer metrics)
    {
        var lead = Lead().Match(sentence);
        if (!lead.Success) return null;
        var after = lead.Index + lead.Length;
        // A definition, not a finding: the measure follows the verb ("are persons convicted"), so "the
        // data show that courts convicted most of them" sets nothing.
        // Only a measure that outranks an offence (verdicts, returns) can relabel figures that name one.
        var measure = metrics.Find(sentence, after, Math.Min(sentence.Length, after + 60)).FirstOrDefault(c => c.Start >= after && c.Start - after <= 25 && c.Entry is { Role: CueRole.Dominant, Metric: not null });
        // The first unit word after the lead: "persons convicted", "verdicts against soldiers".
        var word = UnitWord().Match(sentence, after);
        CountUnit? unit = !word.Success ? measure?.Entry.Unit : word.Groups["persons"].Success ? CountUnit.Persons : CountUnit.Cases;
        // "The numbers below are registered proceedings": a unit alone is a measure too.
        if (measure is null && unit is null) return null;
        return (measure?.Entry.Metric, unit);
    }

    [GeneratedRegex(@"\b(?:figures|numbers|counts|data|statistics)\s+(?:(?:below|here|above|that\s+follow|in\s+(?:this|the)\s+(?:post|table|list|report))\s+)?(?:are|count|refer\s+to|represent|denote)\b(?!\s+(?:rising|falling|growing|up|down|higher|lower|likely|not)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\G\W*(?:\w+\W+){0,3}?(?:(?<persons>persons|people|individuals|defendants|servicem[ae]n|soldiers|men)|cases|proceedings|verdicts|sentences|convictions)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex UnitWord();
}
