using AnalysisKit.Recognition;

namespace AnalysisKit.Charts;

/// <summary>Where a month sits on a date axis: points at mid-month, spans from the first day to the next month's first day.</summary>
internal static class MonthDates
{
    public static DateOnly First(PeriodPoint month) => new(month.Year, month.Month, 1);

    public static DateOnly Middle(PeriodPoint month) => new(month.Year, month.Month, 15);

    /// <summary>The first day after the month: a span ending here covers the month whole.</summary>
    public static DateOnly After(PeriodPoint month) => First(month.AsMonth.AddMonths(1));
}
