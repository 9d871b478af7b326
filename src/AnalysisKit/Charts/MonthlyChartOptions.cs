using AnalysisKit.Recognition;

namespace AnalysisKit.Charts;

/// <summary>What the monthly-figures chart shows; the defaults chart Ukraine's AWOL and desertion figures.</summary>
public sealed record MonthlyChartOptions
{
    public static readonly MonthlyChartOptions Default = new();

    public Force Force { get; init; } = Force.UA;

    public IReadOnlySet<Metric> Metrics { get; init; } = new HashSet<Metric> { Metric.Awol, Metric.Desertion, Metric.AwolOrDesertion };

    /// <summary>
    /// A stated rate with no period ("each month") is a current rate: it is drawn over this many
    /// months up to its article's publication.
    /// </summary>
    public int RateWindowMonths { get; init; } = 3;
}
