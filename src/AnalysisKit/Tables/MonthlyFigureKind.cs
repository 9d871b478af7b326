namespace AnalysisKit.Tables;

/// <summary>Where a monthly figure comes from.</summary>
public enum MonthlyFigureKind
{
    /// <summary>A total that covers one calendar month (<c>12,400 in October</c>).</summary>
    SingleMonth,

    /// <summary>A per-month rate as the article states it (<c>15,000–18,000 each month</c>).</summary>
    StatedRate,

    /// <summary>A multi-month total divided by its number of months.</summary>
    ImpliedAverage,
}
