using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// How the kit counts the months of a period: at month precision, inclusive of both ends.
/// <c>2025-01</c> to <c>2025-11</c> is eleven months, so a total that runs "since January" to
/// a November publication counts November whole although only part of it had passed: the
/// spec resolves open-ended periods to the publication month, and guessing a fraction of it
/// would invent precision the article does not have.
/// </summary>
internal static class MonthCount
{
    /// <summary>The months from <paramref name="start"/> to <paramref name="end"/>, both counted; null when the end comes first.</summary>
    public static int? Between(PeriodPoint start, PeriodPoint end)
    {
        var months = end.MonthIndex - start.MonthIndex + 1;
        return months >= 1 ? months : null;
    }

    public static int? Between(PeriodPoint? start, PeriodPoint? end) =>
        start is PeriodPoint s && end is PeriodPoint e ? Between(s, e) : null;
}
