namespace AnalysisKit.Tables;

/// <summary>Arithmetic on ranges whose bounds may be open (null).</summary>
internal static class Bounds
{
    /// <summary>The midpoint of a closed range, or its one known bound.</summary>
    public static double? Central(double? low, double? high) =>
        (low, high) switch
        {
            (double l, double h) => (l + h) / 2,
            (double l, null) => l,
            (null, double h) => h,
            _ => null,
        };

    public static double? Ratio(double? numerator, double? denominator) =>
        numerator is double n && denominator is double d && d != 0 ? n / d : null;

    /// <summary>Whether [aLow, aHigh] lies wholly below [bLow, bHigh]; an open bound reaches forever.</summary>
    public static bool Below(double? aHigh, double? bLow) => aHigh is double a && bLow is double b && a < b;
}
