namespace AnalysisKit.Recognition;

/// <summary>
/// What a figure counts, as read from the words around it. <see cref="Metric"/> is null when only
/// the unit is known ("a record 18,000 cases"): the caller inherits it from the figure before or
/// falls back to awol_or_desertion. <see cref="Anaphoric"/> marks "96,000 of which": the figure is a
/// part of the previous one and counts the same thing ("Of these, about 20,000 concern desertion"
/// keeps the cases). <see cref="Comparative"/> marks "That compares with 89,000": the same kind of
/// thing at another time. <see cref="BackReference"/> marks "the pace slowed to 3,000 a month", "it was about
/// 21,000": the figure restates the measure of the sentence before. <see cref="UnitStated"/> is false when
/// no word gives the unit (persons by default). <see cref="SpanStart"/>..<see cref="SpanEnd"/> covers the figure and the
/// cue words used, for the quote.
/// </summary>
internal sealed record MetricReading(Metric? Metric, CountUnit Unit, bool Anaphoric, int SpanStart, int SpanEnd, bool Comparative = false)
{
    public bool BackReference { get; init; }

    public bool UnitStated { get; init; } = true;

    /// <summary>
    /// A bare figure with no word of its own ("in 2020 there were nearly 730", "Q2 — 48 315 / 7 410"):
    /// it counts what the figure before it counted, or what its slot in a list or table names.
    /// </summary>
    public bool Elliptical { get; init; }

    /// <summary>"1,900 of the defendants were sentenced": the figure is who was sentenced, people even as a part of cases.</summary>
    public bool PersonsStated { get; init; }

    /// <summary>"312 such cases": counts what its antecedent counts (spec).</summary>
    public bool Such { get; init; }

    /// <summary>A counted noun right after the figure ("5,937 servicemen", "412 proceedings") gave its unit.</summary>
    public bool OwnNoun { get; init; }
}
