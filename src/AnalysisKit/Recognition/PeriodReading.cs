namespace AnalysisKit.Recognition;

/// <summary>
/// A resolved period with where its phrase sits in the sentence (null when it came from the
/// previous sentence or the defaults), whether the article stated it at all, and whether it is
/// "the same period last year", which the caller resolves against the figure it compares with.
/// </summary>
internal sealed record PeriodReading(Period Period, (int Start, int End)? Span, bool Stated, bool SamePeriodLastYear = false);
