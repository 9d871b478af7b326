using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// A hedged round figure that restates a precise figure of the same article ("almost 1,500" in a
/// headline against 1,480 in the body, "over 21,000" in the lead against 21,602 below) is the same
/// claim (spec), so the merger keeps the precise one. The hedge says where the precise figure may
/// lie: <c>over N</c> at or above N, <c>almost N</c> and <c>up to N</c> at or below it, <c>about N</c>
/// within half a step either side. The step is the place of N's last non-zero digit, capped at a
/// tenth of N: a one-digit round figure ("over 30,000") does not reach a far figure (38,000).
/// Everything else must agree (metric, unit, force, rate, period), since two close figures of one
/// article are as often two counts as one.
/// </summary>
internal static partial class RoundedRestatement
{
    /// <summary>Whether <paramref name="rounded"/> is a hedged round restatement of <paramref name="precise"/>.</summary>
    public static bool Restates(Candidate rounded, Candidate precise)
    {
        var r = rounded.Claim;
        var p = precise.Claim;
        // The precise figure may itself be hedged ("some 17,300" under a headline's "over 17,000"): it is
        // still the finer of the two.
        if (p.Qualifier is not (Qualifier.Exact or Qualifier.Approx) || p.ValueLow is not long value || p.ValueHigh != value) return false;
        if (rounded.SentenceIndex == precise.SentenceIndex) return false;
        if (r.Metric != p.Metric || r.Unit != p.Unit || r.Force != p.Force || r.Rate != p.Rate) return false;
        if (Window(rounded) is not { } window) return false;
        var (low, high, step) = window;
        // A precise figure is finer than the rounded one: "over 31,000" does not restate 32,000.
        if (value % step == 0 || value < low || value > high) return false;
        return PeriodsAgree(rounded, p);
    }

    // The values the hedged figure can stand for, and the step it is rounded to; null when it is not a round figure.
    private static (long Low, long High, long Step)? Window(Candidate rounded)
    {
        var c = rounded.Claim;
        var n = c.Qualifier switch
        {
            Qualifier.Over when c.ValueHigh is null => c.ValueLow,
            Qualifier.Under when c.ValueLow is null => c.ValueHigh,
            Qualifier.Approx when c.ValueLow == c.ValueHigh => c.ValueLow,
            _ => null,
        };
        if (n is not long round || StepOf(round) is not long step) return null;
        var reach = Math.Min(step, round / 10);
        var (low, high) = c.Qualifier switch
        {
            // "over 21,000": 21,000 up to the next step, not reaching 22,000.
            Qualifier.Over => (round, round + reach - 1),
            // "up to 1,500", "less than 1,500": below, within a step.
            Qualifier.Under => (round - reach + 1, round),
            // "almost 1,500": approx by the spec's labels, but below, like "up to".
            _ when FromBelow().IsMatch(rounded.Figure) => (round - reach + 1, round),
            _ => (round - reach / 2, round + reach / 2),
        };
        return (low, high, step);
    }

    // The place of the last non-zero digit, for a figure of at most two significant digits (three
    // from the hundreds up: "over 12,500") from 100 on; null for a figure that is precise itself.
    // Small figures stay apart: "over 20" and "21" are as often two units as one.
    private static long? StepOf(long n)
    {
        if (n < 100) return null;
        long step = 1;
        while (n % (step * 10) == 0) step *= 10;
        var digits = n / step;
        return step >= 10 && (digits < 100 || (step >= 100 && digits < 1000)) ? step : null;
    }

    // Equal periods (at month precision), or a rounded figure with no period of its own ("over 21,000
    // in the lead"), or one that gives only an end ("before it expired on 30 August") within a month
    // of the precise figure's end: the same running total told at its close.
    private static bool PeriodsAgree(Candidate rounded, Claim p)
    {
        var r = rounded.Claim;
        if (SameMonth(r.PeriodStart, p.PeriodStart) && SameMonth(r.PeriodEnd, p.PeriodEnd)) return true;
        if (r.PeriodStart is not null) return false;
        if (!rounded.PeriodStated) return true;
        return r.PeriodEnd is { } end && p.PeriodEnd is { } pEnd
            && pEnd.MonthIndex - end.MonthIndex is 0 or 1
            && (p.PeriodStart is not { } pStart || pStart.MonthIndex <= end.MonthIndex);
    }

    private static bool SameMonth(PeriodPoint? a, PeriodPoint? b) => a?.MonthIndex == b?.MonthIndex;

    [GeneratedRegex(@"^\s*(?:nearly|almost|close\s+to|closer\s+to|approaching|just\s+(?:under|below|short\s+of))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex FromBelow();
}
