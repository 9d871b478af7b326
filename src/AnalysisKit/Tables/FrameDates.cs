using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// How a frame holds the kit's dates: a <see cref="DateTime"/> (what Deedle and plotting code
/// expect), with no time of day and no time zone. A month-precision period point is the first
/// day of its month, where a monthly period starts in Deedle and pandas alike.
/// </summary>
internal static class FrameDates
{
    public static DateTime Of(PeriodPoint point) => new(point.Year, point.Month, point.Day ?? 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static DateTime Of(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
