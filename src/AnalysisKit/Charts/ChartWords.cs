using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Charts;

/// <summary>The claim model's identifiers (<c>UA</c>, <c>awol_or_desertion</c>) as a report writes them.</summary>
internal static class ChartWords
{
    public static string Forces(Force force) => force == Force.UA ? "Ukrainian forces" : "Russian forces";

    public static string Army(Force force) => force == Force.UA ? "Ukrainian army" : "Russian army";

    public static string Metric(Metric metric) => metric switch
    {
        Recognition.Metric.Awol => "AWOL",
        Recognition.Metric.Desertion => "desertion",
        Recognition.Metric.AwolOrDesertion => "AWOL or desertion",
        Recognition.Metric.AmnestyReturns => "amnesty returns",
        _ => metric.ToString().ToLowerInvariant(),
    };

    public static string Unit(CountUnit unit) => unit == CountUnit.Cases ? "criminal cases" : "persons";

    public static string Span(CumulativeSpan span, int? year) =>
        span == CumulativeSpan.SinceFullScaleWar ? "since Feb 2022" : $"{year} to date";

    /// <summary>E.g. <c>Ukrainian forces · AWOL or desertion · criminal cases · since Feb 2022</c>.</summary>
    public static string Basis(CumulativeBasis basis) =>
        $"{Forces(basis.Force)} · {Metric(basis.Metric)} · {Unit(basis.Unit)} · {Span(basis.Span, basis.Year)}";

    /// <summary>A month as a report writes it: <c>Oct 2025</c>.</summary>
    public static string Month(PeriodPoint month) =>
        new DateOnly(month.Year, month.Month, 1).ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
