using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// What makes cumulative estimates comparable: the same unit (persons or cases), metric, force
/// and span; year-to-date totals also need the same year.
/// </summary>
/// <param name="Unit">Persons or criminal cases.</param>
/// <param name="Metric">AWOL, desertion, or both together.</param>
/// <param name="Force">Whose soldiers.</param>
/// <param name="Span">Since the full-scale war, or year to date.</param>
/// <param name="Year">The year of a year-to-date total; null since the full-scale war.</param>
public sealed record CumulativeBasis(CountUnit Unit, Metric Metric, Force Force, CumulativeSpan Span, int? Year)
{
    /// <summary>E.g. <c>UA awol cases, since 2022-02</c> or <c>UA desertion persons, 2025 to date</c>.</summary>
    public string Label => $"{Force.ToSpec()} {Metric.ToSpec()} {Unit.ToSpec()}, {SpanLabel(Span, Year)}";

    internal static string SpanLabel(CumulativeSpan span, int? year) =>
        span == CumulativeSpan.SinceFullScaleWar ? "since 2022-02" : $"{year} to date";
}
