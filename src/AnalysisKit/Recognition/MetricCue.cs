namespace AnalysisKit.Recognition;

/// <summary>How strongly a lexicon phrase decides what a nearby figure counts.</summary>
internal enum CueRole
{
    /// <summary>Says what happened to the counted people and outranks the offence they committed:
    /// "convicted 2,500 servicemen for desertion" counts convictions, "12,000 deserters returned
    /// under the amnesty" counts amnesty returns.</summary>
    Dominant,

    /// <summary>Names what is counted: "deserted", "self-leave", "died", "mobilized".</summary>
    Specific,

    /// <summary>Strength words ("troops", "personnel", "total force"): personnel, but only when
    /// nothing specific is near ("conscripting 160,000 personnel" counts mobilization).</summary>
    Weak,

    /// <summary>A counted noun that names no metric ("soldiers", "cases"): gives the unit only.</summary>
    Unit,
}

/// <summary>
/// One lexicon entry: a phrase (a bounded regex fragment, matched case-insensitively on word
/// boundaries) and what it says about a figure near it. <see cref="IsNoun"/> marks phrases that can
/// be the counted noun right after the number ("12,400 soldiers", "41,700 cases of desertion"),
/// the strongest position.
/// </summary>
internal sealed record MetricCue(string Phrase, Metric? Metric, CountUnit? Unit, CueRole Role, bool IsNoun = false);
