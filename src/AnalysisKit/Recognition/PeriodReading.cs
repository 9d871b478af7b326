namespace AnalysisKit.Recognition;

/// <summary>
/// A resolved period with where its phrase sits in the sentence (null when it came from the
/// previous sentence or the defaults), whether the article stated it at all, and, for "over the
/// same period" (0) or "a year earlier" (-12), the shift in months from the period of the figure
/// it compares with, which the caller resolves.
/// </summary>
internal sealed record PeriodReading(Period Period, (int Start, int End)? Span, bool Stated, int? RelativeShift = null)
{
    /// <summary>The phrase runs up to "now"; the caller ends it at the article's data cut-off.</summary>
    public bool EndsAtCutoff { get; init; }

    /// <summary>"over the whole period": the article's data scope rather than the figure before.</summary>
    public bool Whole { get; init; }

    /// <summary>"the same period of 2023": the compared months moved to that year rather than by <see cref="RelativeShift"/>.</summary>
    public int? InYear { get; init; }

    /// <summary>"now", "currently": the figure stands at publication, with no start.</summary>
    public bool Now { get; init; }

    /// <summary>"during the year": the whole calendar year of the compared period, resolved by the caller.</summary>
    public bool WholeYear { get; init; }
}
