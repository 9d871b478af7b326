using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// The period a stretch of an article is about: set by a total's stated period (or by a methods
/// sentence, "we analysed all verdicts of 2023"), kept while later figures state periods nested in
/// it (parts: "in April alone"), and lent to figures that break it down or restate it ("of them",
/// "over the same months", "the same months last year").
/// </summary>
internal sealed record PeriodFrame(PeriodPoint? Start, PeriodPoint? End, int Paragraph)
{
    /// <summary>The frame runs up to "now": figures that borrow it end at the data cut-off too.</summary>
    public bool EndsAtCutoff { get; init; }

    /// <summary>Whether <paramref name="period"/> lies inside this frame, at month precision.</summary>
    public bool Encloses(Period period) =>
        period.End is { } end && End is { } frameEnd && end.MonthIndex <= frameEnd.MonthIndex
        && (period.Start is { } start ? Start is null || start.MonthIndex >= Start.Value.MonthIndex : Start is null);

    /// <summary>The frame after a figure whose own clause states <paramref name="period"/>.</summary>
    public static PeriodFrame? After(PeriodFrame? frame, Period period, int paragraph, bool endsAtCutoff = false)
    {
        if (period.Rate != Rate.Total || period.End is null) return frame;
        // A nested period in the frame's own paragraph is a part of its total, not a new total.
        if (frame is not null && frame.Paragraph == paragraph && frame.Encloses(period)) return frame;
        return new PeriodFrame(period.Start, period.End, paragraph) { EndsAtCutoff = endsAtCutoff };
    }

    /// <summary>The frame's months shifted by <paramref name="months"/> ("the same months last year": -12).</summary>
    public Period Shifted(int months, Rate rate) => new(Start?.AddMonths(months), End?.AddMonths(months), rate);

    /// <summary>A closing point inside the frame ("by the end of July") closes the frame's span.</summary>
    public bool Opens(Period period) =>
        period.Start is null && period.End is { } end && Start is { } start && End is { } frameEnd
        && end.MonthIndex >= start.MonthIndex && end.MonthIndex <= frameEnd.MonthIndex;
}
