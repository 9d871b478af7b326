namespace AnalysisKit.Tables;

/// <summary>What a cumulative total runs from.</summary>
public enum CumulativeSpan
{
    /// <summary>From the start of the full-scale war (2022-02), or with no stated start, to its as-of date.</summary>
    SinceFullScaleWar,

    /// <summary>From January of a year to its as-of date in that year.</summary>
    YearToDate,
}
