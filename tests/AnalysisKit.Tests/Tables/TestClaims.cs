using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Tables;

/// <summary>Small hand-made claims for table tests: only what a rule looks at is spelled out.</summary>
internal static class TestClaims
{
    public static Claim Total(
        long? low, long? high, string? start, string? end,
        Metric metric = Metric.Awol, CountUnit unit = CountUnit.Persons, Force force = Force.UA,
        string source = "Outlet", string article = "a1", string? quote = null, Qualifier? qualifier = null) => new()
    {
        Article = article,
        Quote = quote ?? $"{low}-{high} {metric.ToSpec()} {start}..{end}",
        ValueLow = low,
        ValueHigh = high,
        Qualifier = qualifier ?? QualifierOf(low, high),
        Metric = metric,
        Unit = unit,
        Rate = Rate.Total,
        Force = force,
        PeriodStart = PeriodPoint.TryParse(start),
        PeriodEnd = PeriodPoint.TryParse(end),
        Source = source,
    };

    public static Claim PerMonth(
        long? low, long? high, Metric metric = Metric.Awol, CountUnit unit = CountUnit.Persons, Force force = Force.UA,
        string source = "Outlet", string article = "a1", string? start = null, string? end = null) =>
        Total(low, high, start, end, metric, unit, force, source, article, $"{low}-{high} {metric.ToSpec()} each month") with { Rate = Rate.PerMonth };

    /// <summary>A count of amnesty returns as of <paramref name="end"/>, read from <paramref name="sentence"/> when given.</summary>
    public static Claim Returns(long? low, long? high, string end, string source, string? sentence = null, string? quote = null) =>
        Total(low, high, null, end, Metric.AmnestyReturns, source: source, quote: quote) with { Sentence = sentence };

    private static Qualifier QualifierOf(long? low, long? high) => (low, high) switch
    {
        (null, _) => Qualifier.Under,
        (_, null) => Qualifier.Over,
        _ when low != high => Qualifier.Range,
        _ => Qualifier.Exact,
    };
}
