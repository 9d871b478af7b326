using System.Globalization;

namespace AnalysisKit.Recognition;

/// <summary>
/// One end of a claim's period at the spec's precision: a month (<c>2025-10</c>) or a day
/// (<c>2025-08-30</c>).
/// </summary>
public readonly record struct PeriodPoint(int Year, int Month, int? Day = null) : IComparable<PeriodPoint>
{
    public static PeriodPoint OfMonth(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Months since year 0: lets tables count and step months.</summary>
    public int MonthIndex => Year * 12 + (Month - 1);

    public static PeriodPoint FromMonthIndex(int index) => new(index / 12, index % 12 + 1);

    public PeriodPoint AddMonths(int months) => FromMonthIndex(MonthIndex + months);

    /// <summary>The same point at month precision.</summary>
    public PeriodPoint AsMonth => new(Year, Month);

    public int CompareTo(PeriodPoint other) =>
        MonthIndex != other.MonthIndex ? MonthIndex.CompareTo(other.MonthIndex) : (Day ?? 0).CompareTo(other.Day ?? 0);

    public override string ToString() =>
        Day is int day
            ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{day:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>Parses <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; null for anything else.</summary>
    public static PeriodPoint? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 2 or > 3) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || parts[0].Length != 4) return null;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return null;
        if (parts.Length == 2) return new PeriodPoint(year, month);
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PeriodPoint(year, month, day);
    }
}
