using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// How far apart comparable cumulative estimates are: per basis, or across every estimate of a
/// force and span (<see cref="Unit"/> and <see cref="Metric"/> null: persons and cases mixed).
/// </summary>
public sealed record EstimateSpread
{
    /// <summary>The basis label, or e.g. <c>UA all, since 2022-02</c>.</summary>
    public required string Scope { get; init; }

    public Force Force { get; init; }
    public CumulativeSpan Span { get; init; }
    public int? Year { get; init; }

    /// <summary>Null when the scope mixes units.</summary>
    public CountUnit? Unit { get; init; }

    /// <summary>Null when the scope mixes metrics.</summary>
    public Metric? Metric { get; init; }

    /// <summary>How many estimates the scope holds.</summary>
    public int Estimates { get; init; }

    /// <summary>The smallest figure stated (an estimate's low, or its high when the low is open).</summary>
    public long Lowest { get; init; }

    public required string LowestSource { get; init; }
    public required string LowestQuote { get; init; }

    /// <summary>True when the lowest figure is an upper bound (<c>up to</c>): the true low may be lower still.</summary>
    public bool LowestIsUpperBound { get; init; }

    /// <summary>The largest figure stated (an estimate's high, or its low when the high is open).</summary>
    public long Highest { get; init; }

    public required string HighestSource { get; init; }
    public required string HighestQuote { get; init; }

    /// <summary>True when the highest figure is a lower bound (<c>over</c>): the spread may be wider.</summary>
    public bool HighestIsLowerBound { get; init; }

    /// <summary><see cref="Highest"/> / <see cref="Lowest"/>; null when the lowest is zero.</summary>
    public double? Ratio { get; init; }

    /// <summary><see cref="Highest"/> − <see cref="Lowest"/>.</summary>
    public long Difference { get; init; }
}
