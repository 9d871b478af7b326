namespace AnalysisKit.Recognition;

/// <summary>
/// The period a figure covers, resolved against the article's publication date: either end may be
/// unknown (null); a monthly rate has no period unless the article states one.
/// </summary>
public sealed record Period(PeriodPoint? Start, PeriodPoint? End, Rate Rate)
{
    /// <summary>The full-scale war starts 2022-02 (spec).</summary>
    public static PeriodPoint WarStart { get; } = new(2022, 2);
}
