using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// A stated cumulative total set against the total implied over the same months by monthly
/// evidence of the same basis: a stated rate times the months, or the sum of single-month figures.
/// </summary>
public sealed record ConsistencyCheck
{
    public required CumulativeBasis Basis { get; init; }

    /// <summary>The first month counted (the war's start when the total states none).</summary>
    public PeriodPoint Start { get; init; }

    public PeriodPoint AsOf { get; init; }
    public int Months { get; init; }
    public long? StatedLow { get; init; }
    public long? StatedHigh { get; init; }
    public required string StatedSource { get; init; }
    public required string StatedArticle { get; init; }
    public required string StatedQuote { get; init; }

    /// <summary><see cref="MonthlyFigureKind.StatedRate"/> or <see cref="MonthlyFigureKind.SingleMonth"/> (their sum).</summary>
    public MonthlyFigureKind Evidence { get; init; }

    /// <summary>The evidence as stated: the rate per month, or the sum of the single-month figures.</summary>
    public double? EvidenceLow { get; init; }

    public double? EvidenceHigh { get; init; }

    /// <summary>The evidence's sources, distinct, joined by <c>; </c>.</summary>
    public required string EvidenceSource { get; init; }

    /// <summary>The evidence's quotes, joined by <c> | </c>.</summary>
    public required string EvidenceQuote { get; init; }

    /// <summary>How many of <see cref="Months"/> the evidence covers (all of them for a rate).</summary>
    public int MonthsCovered { get; init; }

    /// <summary>The implied total's low bound.</summary>
    public double? ImpliedLow { get; init; }

    /// <summary>The implied total's high bound; null when open (a rate with no high, or months without figures).</summary>
    public double? ImpliedHigh { get; init; }

    public ConsistencyVerdict Verdict { get; init; }

    /// <summary>The stated total over the implied one, each at its midpoint (or its one bound); null when the implied total is only a floor.</summary>
    public double? StatedVsImplied { get; init; }
}
