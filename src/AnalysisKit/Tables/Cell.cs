using System.Globalization;

namespace AnalysisKit.Tables;

/// <summary>
/// One rendered value of a table: how it is written to CSV, how it is shown to a reader, and
/// whether it is a number (right-aligned). A missing value is blank in every format, never zero.
/// </summary>
internal readonly record struct Cell(string Csv, string Display, bool IsNumber)
{
    public static readonly Cell Missing = new("", "", false);

    public static Cell Text(string? text) => text is null ? Missing : new(text, text, false);

    public static Cell Integer(long? value) =>
        value is long v
            ? new(v.ToString(CultureInfo.InvariantCulture), v.ToString("N0", CultureInfo.InvariantCulture), true)
            : Missing with { IsNumber = true };

    public static Cell Integer(int? value) => Integer((long?)value);

    /// <summary>A number that is a name, not a quantity (a year): no thousands separator.</summary>
    public static Cell Code(int? value) =>
        value is int v ? new(v.ToString(CultureInfo.InvariantCulture), v.ToString(CultureInfo.InvariantCulture), true) : Missing with { IsNumber = true };

    /// <summary>
    /// A fractional number: CSV keeps four decimals so nothing a reader needs is lost; the
    /// display rounds to <paramref name="decimals"/> with thousands separators.
    /// </summary>
    public static Cell Number(double? value, int decimals) =>
        value is double v && double.IsFinite(v)
            ? new(v.ToString("0.####", CultureInfo.InvariantCulture), v.ToString("N" + decimals, CultureInfo.InvariantCulture), true)
            : Missing with { IsNumber = true };

    public static Cell Period(Recognition.PeriodPoint? point) => Text(point?.ToString());

    public static Cell Enum<T>(T value) where T : struct, System.Enum => Text(Recognition.SpecNames.ToSpec(value));

    public static Cell Enum<T>(T? value) where T : struct, System.Enum => value is T v ? Enum(v) : Missing;

    public static Cell Flag(bool value) => Text(value ? "yes" : "no");
}
