using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>Choices of the cumulative-estimates table; the defaults follow the spec and issue.</summary>
public sealed record CumulativeOptions
{
    /// <summary>The spec's defaults: the Prosecutor-General series as reference.</summary>
    public static readonly CumulativeOptions Default = new();

    /// <summary>
    /// Which sources make up the official reference series; by default any source naming the
    /// Prosecutor (<c>Prosecutor General's Office (via local media)</c>, <c>… citing Prosecutor General's Office</c>).
    /// </summary>
    public Func<string, bool> IsReference { get; init; } =
        source => source.Contains("Prosecutor", StringComparison.OrdinalIgnoreCase);

    /// <summary>The defaults with another reference series: sources whose name contains <paramref name="nameContains"/> (any case).</summary>
    public static CumulativeOptions WithReference(string nameContains) =>
        Default with { IsReference = source => source.Contains(nameContains, StringComparison.OrdinalIgnoreCase) };

    /// <summary>The metrics that count as AWOL or desertion totals.</summary>
    public IReadOnlySet<Metric> Metrics { get; init; } = new HashSet<Metric> { Metric.Awol, Metric.Desertion, Metric.AwolOrDesertion };

    /// <summary>The first month of the full-scale war (spec: 2022-02).</summary>
    public PeriodPoint WarStart { get; init; } = new(2022, 2);
}
