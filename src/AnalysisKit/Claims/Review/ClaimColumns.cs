using System.Globalization;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims.Review;

/// <summary>
/// The claim columns a review row can fill, read and written in the spec's spelling. A dash
/// (<c>-</c>) empties a column that may be empty (a bound, a period end).
/// </summary>
internal static class ClaimColumns
{
    public const string Clear = "-";

    /// <summary>The spec's claim columns after article and quote, in the spec's order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "value_low", "value_high", "qualifier", "metric", "unit", "rate", "force", "period_start", "period_end", "source",
    ];

    /// <summary>Why <paramref name="text"/> is not a value of <paramref name="column"/>; null when it is.</summary>
    public static string? Problem(string column, string text) => column switch
    {
        "value_low" or "value_high" => text == Clear || long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? null : $"{column} '{text}' is not a whole number (or - for none)",
        "qualifier" => Vocabulary<Qualifier>(column, text),
        "metric" => Vocabulary<Metric>(column, text),
        "unit" => Vocabulary<CountUnit>(column, text),
        "rate" => Vocabulary<Rate>(column, text),
        "force" => Vocabulary<Force>(column, text),
        "period_start" or "period_end" => text == Clear || PeriodPoint.TryParse(text) is not null
            ? null : $"{column} '{text}' is not YYYY-MM or YYYY-MM-DD (or - for none)",
        "source" => null,
        _ => $"unknown column '{column}'",
    };

    /// <summary>The column's value in the spec's spelling; empty when the claim has none.</summary>
    public static string Get(Claim claim, string column) => column switch
    {
        "value_low" => claim.ValueLow?.ToString(CultureInfo.InvariantCulture) ?? "",
        "value_high" => claim.ValueHigh?.ToString(CultureInfo.InvariantCulture) ?? "",
        "qualifier" => claim.Qualifier.ToSpec(),
        "metric" => claim.Metric.ToSpec(),
        "unit" => claim.Unit.ToSpec(),
        "rate" => claim.Rate.ToSpec(),
        "force" => claim.Force.ToSpec(),
        "period_start" => claim.PeriodStart?.ToString() ?? "",
        "period_end" => claim.PeriodEnd?.ToString() ?? "",
        "source" => claim.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a claim column"),
    };

    /// <summary>The claim with one column set from a checked value (see <see cref="Problem"/>).</summary>
    public static Claim Set(Claim claim, string column, string text) => column switch
    {
        "value_low" => claim with { ValueLow = Value(text) },
        "value_high" => claim with { ValueHigh = Value(text) },
        "qualifier" => claim with { Qualifier = SpecNames.Parse<Qualifier>(text)!.Value },
        "metric" => claim with { Metric = SpecNames.Parse<Metric>(text)!.Value },
        "unit" => claim with { Unit = SpecNames.Parse<CountUnit>(text)!.Value },
        "rate" => claim with { Rate = SpecNames.Parse<Rate>(text)!.Value },
        "force" => claim with { Force = SpecNames.Parse<Force>(text)!.Value },
        "period_start" => claim with { PeriodStart = text == Clear ? null : PeriodPoint.TryParse(text) },
        "period_end" => claim with { PeriodEnd = text == Clear ? null : PeriodPoint.TryParse(text) },
        "source" => claim with { Source = text },
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "not a claim column"),
    };

    private static long? Value(string text) =>
        text == Clear ? null : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string? Vocabulary<T>(string column, string text) where T : struct, Enum =>
        SpecNames.Parse<T>(text) is null
            ? $"{column} '{text}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToSpec()))}"
            : null;
}
