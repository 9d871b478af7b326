namespace AnalysisKit.Recognition;

/// <summary>How an attribution names its source; decides whether it needs the sentences before it.</summary>
internal enum AttributionKind
{
    /// <summary>A named source: "Die Welt's correspondent Christoph Vanner reported", "according to HUR".</summary>
    Named,

    /// <summary>An unnamed one: "according to a source", "A Ukrainian MP recently made a claim".</summary>
    Unnamed,

    /// <summary>Refers back: "She also emphasized", "His analysis indicated", "According to the source", "Data shows".</summary>
    Anaphoric,
}

/// <summary>
/// Who a sentence says is speaking, at [Start, End) of the sentence: <see cref="Speaker"/> ("Die
/// Welt (Christoph Vanner)", "unnamed Ukrainian MP"; empty when anaphoric, for the caller to
/// resolve), whom they cite and who relayed it.
/// </summary>
internal sealed record Attribution(int Start, int End, string Speaker, AttributionKind Kind, string? Cited = null, string? Via = null)
{
    /// <summary>
    /// The speaker acted rather than spoke ("prosecutors have opened 20,000 proceedings"): a
    /// speech verb in the same sentence ("..., MP Mariana Bezuhla wrote") outranks it.
    /// </summary>
    public bool Agentive { get; init; }

    /// <summary>
    /// What an anaphoric body is ("court" in "according to the court's case index"), so it can take
    /// the body of that kind the article named before; null for pronouns and other anaphors.
    /// </summary>
    public string? Head { get; init; }

    /// <summary>
    /// The attribution holds for its own figure only ("by our count, 934 verdicts"): it is not
    /// carried to later sentences nor taken as an antecedent.
    /// </summary>
    public bool Scoped { get; init; }

    /// <summary>Whose part an "its" speaker is ("defence minister" in "Its defence minister said"), else null.</summary>
    public string? Possessed { get; init; }

    /// <summary>
    /// The source for the claims table, with <paramref name="antecedent"/> standing in for an
    /// anaphoric speaker: "Maria Zakharova (citing Prosecutor General's Office)".
    /// </summary>
    public string Describe(string? antecedent = null)
    {
        var source = Kind == AttributionKind.Anaphoric ? antecedent ?? "" : Speaker;
        // "Ukraine ... Its defence minister said" → "Ukraine's defence minister".
        if (Possessed is not null && source.Length > 0) source = $"{source.Split(" (")[0]}'s {Possessed}";
        if (source.Length == 0) return Cited ?? Via ?? "";
        if (Cited is not null && !source.Contains(Cited, StringComparison.OrdinalIgnoreCase)) source += $" (citing {Cited})";
        if (Via is not null && !source.Contains(Via, StringComparison.OrdinalIgnoreCase)) source += $" (via {Via})";
        return source;
    }
}
