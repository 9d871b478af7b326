namespace AnalysisKit.Recognition;

/// <summary>What kind of time phrase a <see cref="PeriodMention"/> is; decides how it combines.</summary>
internal enum PeriodKind
{
    /// <summary>A bounded span: "in October", "during 2024", "from November 2024 to July 2025".</summary>
    Span,

    /// <summary>Open at the end, running to publication: "since February 2022", "this year", "to date".</summary>
    OpenEnded,

    /// <summary>Closed at the end only: "until Aug. 30", "by August 30", "as of October".</summary>
    Until,

    /// <summary>"each month", "monthly": makes the figure a per-month rate, gives no dates.</summary>
    Rate,

    /// <summary>"in the same period last year", "a year earlier": the compared figure's months a year earlier; the caller resolves it.</summary>
    SamePeriodLastYear,

    /// <summary>"over the same period": the figure before's months; the caller resolves it.</summary>
    SamePeriod,

    /// <summary>"now", "currently": a stock at publication with no start; used only when no other phrase dates the figure.</summary>
    Now,

    /// <summary>"over the whole period": the period of the data the article set out; the caller resolves it.</summary>
    WholePeriod,

    /// <summary>A calendar day ("On November 9th", "on November 21"): when something was said or done, never a period.</summary>
    Date,
}

/// <summary>
/// A time phrase found in a sentence with its resolved ends. <see cref="ProjectedTo"/> is where the
/// named calendar period closes ("this year" → December), used when the figure is a projection.
/// </summary>
internal sealed record PeriodMention(
    int Index, int Length, string Text, PeriodKind Kind, PeriodPoint? From, PeriodPoint? To, PeriodPoint? ProjectedTo = null)
{
    public int EndIndex => Index + Length;

    /// <summary>
    /// The phrase runs up to "now" ("from 2022 to 2025" in 2025, "over the past year"): it ends at
    /// the data cut-off the article states, which only the caller knows.
    /// </summary>
    public bool EndsAtCutoff { get; init; }

    /// <summary>"the same period of 2023": the year the compared months are moved to, instead of a year back.</summary>
    public int? InYear { get; init; }

    /// <summary>"since the call-up began": the word naming the event whose date the caller finds in the article.</summary>
    public string? Event { get; init; }

    /// <summary>"since 2022": a start with no month, which a start the article dates in that year refines.</summary>
    public bool YearOnly { get; init; }

    /// <summary>"during the year": the whole calendar year of the period the article is speaking of.</summary>
    public bool WholeYear { get; init; }
}
