using System.Globalization;

namespace AnalysisKit.Tables;

/// <summary>
/// One rendered value of a table: how it is written to CSV, how it is shown to a reader, whether
/// it is a number (right-aligned), and the typed value a Deedle frame holds (<see cref="Value"/>
/// of <see cref="Type"/>). A missing value is blank in every format and null in a frame, never zero.
/// </summary>
internal readonly record struct Cell(string Csv, string Display, bool IsNumber, Type Type, object? Value)
{
    public static Cell Missing(Type type, bool isNumber) => new("", "", isNumber, type, null);

    public static Cell Text(string? text) => text is null ? Missing(typeof(string), false) : new(text, text, false, typeof(string), text);

    public static Cell Integer(long? value) =>
        value is long v
            ? new(v.ToString(CultureInfo.InvariantCulture), v.ToString("N0", CultureInfo.InvariantCulture), true, typeof(long), v)
            : Missing(typeof(long), true);

    public static Cell Integer(int? value) =>
        value is int v
            ? new(v.ToString(CultureInfo.InvariantCulture), v.ToString("N0", CultureInfo.InvariantCulture), true, typeof(int), v)
            : Missing(typeof(int), true);

    /// <summary>A number that is a name, not a quantity (a year): no thousands separator.</summary>
    public static Cell Code(int? value) =>
        value is int v
            ? new(v.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture), true, typeof(int), v)
            : Missing(typeof(int), true);

    /// <summary>
    /// A fractional number: CSV keeps four decimals so nothing a reader needs is lost; the
    /// display rounds to <paramref name="decimals"/> with thousands separators.
    /// </summary>
    public static Cell Number(double? value, int decimals) =>
        value is double v && double.IsFinite(v)
            ? new(v.ToString("0.####", CultureInfo.InvariantCulture), v.ToString("N" + decimals, CultureInfo.InvariantCulture), true, typeof(double), v)
            : Missing(typeof(double), true);

    /// <summary>
    /// A period end: text at the spec's precision (CSV stays ISO, <c>2025-10</c>); in a frame a
    /// <see cref="DateTime"/> on its day, or the first of its month at month precision.
    /// </summary>
    public static Cell Period(Recognition.PeriodPoint? point) =>
        point is Recognition.PeriodPoint p ? Text(p.ToString()) with { Type = typeof(DateTime), Value = FrameDates.Of(p) } : Missing(typeof(DateTime), false);

    /// <summary>A calendar date: ISO text, a <see cref="DateTime"/> in a frame.</summary>
    public static Cell Date(DateOnly? date) =>
        date is DateOnly d
            ? Text(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) with { Type = typeof(DateTime), Value = FrameDates.Of(d) }
            : Missing(typeof(DateTime), false);

    public static Cell Enum<T>(T value) where T : struct, System.Enum => Text(Recognition.SpecNames.ToSpec(value));

    public static Cell Enum<T>(T? value) where T : struct, System.Enum => value is T v ? Enum(v) : Text(null);

    /// <summary>yes/no in text; a <see cref="bool"/> in a frame.</summary>
    public static Cell Flag(bool value) => Text(value ? "yes" : "no") with { Type = typeof(bool), Value = value };
}
