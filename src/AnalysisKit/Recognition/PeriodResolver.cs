using System.Globalization;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Finds the time phrase that governs a figure and resolves it against the publication date by the
/// spec's period rules ("in October alone", "Last May", "this year", "since February 2022", "since
/// the start of the full-scale war", "between January and October this year", "each month", "next
/// quarter", "until Aug. 30", projections). Pure: sentence, figure position and date in, period out.
/// </summary>
public sealed partial class PeriodResolver
{
    private readonly AlternationMatcher matcher = new(Alternatives, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Only this much text either side of a figure is searched: keeps a pathological one-sentence
    // article linear and no period phrase is this long.
    private const int Reach = 400;

    /// <summary>
    /// The period of the figure at <paramref name="figureStart"/> in <paramref name="sentence"/>.
    /// <paramref name="context"/> is the previous sentence, consulted only when this one states no
    /// period ("Until Aug. 30, a program was in effect. Over N people took advantage of it.").
    /// </summary>
    public Period Resolve(string sentence, int figureStart, int figureLength, DateOnly published, string? context = null) =>
        Read(sentence, figureStart, figureLength, published, context).Period;

    /// <summary>As <see cref="Resolve(string, int, int, DateOnly, string?)"/>, with where the governing phrase sits, so a quote can include it.</summary>
    internal PeriodReading Read(
        string sentence, int figureStart, int figureLength, DateOnly published, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var from = Math.Max(0, figureStart - Reach);
        var to = Math.Min(sentence.Length, figureStart + figureLength + Reach);
        var contextMentions = context is null ? null : Find(context, published, Math.Max(0, context.Length - 2 * Reach), context.Length);
        return Read(sentence, Find(sentence, published, from, to), figureStart, figureLength, published, contextMentions);
    }

    /// <summary>As above, with the time phrases of the sentence and of its context already found.</summary>
    internal PeriodReading Read(
        string sentence, IReadOnlyList<PeriodMention> mentions, int figureStart, int figureLength, DateOnly published,
        IReadOnlyList<PeriodMention>? context)
    {
        var figureEnd = figureStart + figureLength;
        var (segStart, segEnd) = Segments.Around(sentence, figureStart, figureEnd, Reach);
        // An event the article never dates ("since the call-up began") gives no period.
        if (mentions.Any(m => m.Event is not null && m.From is null)) mentions = mentions.Where(m => m.Event is null || m.From is not null).ToList();

        var eligible = mentions
            .Where(m => m.Index >= figureStart - Reach && m.EndIndex <= figureEnd + Reach)
            // "under the procedure that took effect at the end of November": the scheme's start, from then on.
            .Select(m => EffectStart(sentence, m, published) ?? m)
            .Where(m => m.Kind != PeriodKind.Date && (m.EndIndex <= figureStart || m.Index >= figureEnd))
            // "880,000 troops, the president said this month": the report's time, not the figure's (a named month still dates it).
            .Where(m => m.Index < figureEnd || !TrailingReport().IsMatch(sentence.AsSpan(figureEnd, m.Index - figureEnd)) || NamedMonth().IsMatch(m.Text))
            // "more than in the whole of 2022" dates what the figure is compared with.
            .Where(m => m.Index < figureEnd || !ThanBefore().IsMatch(sentence.AsSpan(figureEnd, m.Index - figureEnd)))
            // "411 (in 2022 the article was barely used)": a bracketed clause after the figure is an aside of its own.
            .Where(m => m.Index < figureEnd || !InBracketedClause(sentence, figureEnd, m))
            // A label ("(2022: 1 118)") dates the figure after it only.
            .Where(m => m.Index < figureEnd || m.Text[^1] != ':')
            .ToList();
        // "wrote to the outlet in early November that 275,000 cases had been opened since ...": the
        // phrase dates the report when the that-clause dates the figure; alone, it is the figure's
        // point in time ("said in July that about 700,000 were serving").
        var reportTimes = eligible.Where(m => IsReportTime(sentence, m, figureStart)).ToList();
        // Only a named month is a point in time for the figure; "said last week that ..." stays the report's.
        eligible = eligible.Where(m => !reportTimes.Contains(m) || NamedMonth().IsMatch(m.Text)).ToList();
        if (reportTimes.Count > 0 && reportTimes.Count < eligible.Count) eligible = eligible.Except(reportTimes).ToList();
        // "About 52,000 have deserted, a third of them last year": a phrase in an aside about a part of
        // the figure dates the part; the figure itself stays undated.
        eligible = eligible.Where(m => m.Index < figureEnd || !PartAside().IsMatch(sentence.AsSpan(figureEnd, m.Index - figureEnd))).ToList();
        // "In May the bureau said 9,870 had returned between 12 December and 28 February": a phrase
        // before a reporting verb dates the report when another phrase dates the figure.
        var reported = eligible.Where(m => m.EndIndex <= figureStart && ReportedBy().IsMatch(sentence.AsSpan(m.EndIndex, figureStart - m.EndIndex))).ToList();
        if (reported.Count > 0 && reported.Count < eligible.Count) eligible = eligible.Except(reported).ToList();

        // A rate belongs to its own clause, or leads into the figure ("Every month, 2,000 ...") with no
        // other figure between: "N1 and N2 cases, an average of N3 per month" makes only N3 a rate.
        var rate = eligible.Any(m => m.Kind == PeriodKind.Rate
            && ((m.Index >= segStart && m.EndIndex <= segEnd) || (m.EndIndex <= figureStart && !HasDigit(sentence, m.EndIndex, figureStart))))
            ? Rate.PerMonth : Rate.Total;

        // A time phrase after the figure's clause that sits beside a figure of its own dates that figure
        // ("exceeds 350,000, and in August alone 21,000"); one leading the sentence dates all its figures.
        var dated = eligible.Where(m => m.Kind != PeriodKind.Rate
            && (m.EndIndex <= figureStart || m.EndIndex <= segEnd || !DatesAnotherFigure(sentence, m))
            // ... and one before it, across ", and" / ", while" / ";", dates the figure of that clause only.
            && (m.EndIndex > figureStart || m.Index >= segStart || !DatesAnotherFigure(sentence, m)
                || !ClauseBreak().IsMatch(sentence.AsSpan(m.EndIndex, figureStart - m.EndIndex)))).ToList();
        // "rose from 450 a month in late 2022 to more than 600 in October 2023": in an enumeration each
        // figure takes the phrase right after it; the one before belongs to the figure between.
        if (dated.Any(m => m.Kind != PeriodKind.Now && m.Index >= figureEnd && m.Index - figureEnd <= 40 && !HasDigit(sentence, figureEnd, m.Index)
                && !ClauseBreak().IsMatch(sentence.AsSpan(figureEnd, m.Index - figureEnd))))
            dated = dated.Where(m => m.EndIndex > figureStart
                || !(HasDigit(sentence, m.EndIndex, figureStart) || HasDigit(sentence, Math.Max(0, m.Index - 40), m.Index))).ToList();
        // "now", "currently": the figure stands at publication, unless a phrase dates it.
        if (dated.Any(m => m.Kind != PeriodKind.Now)) dated = dated.Where(m => m.Kind != PeriodKind.Now).ToList();
        var chosen = Nearest(dated, segStart, segEnd, figureStart, figureEnd);
        (int, int)? span = chosen is null ? null : (chosen.Index, chosen.EndIndex);
        if (chosen is { Kind: PeriodKind.Now })
            return new PeriodReading(new Period(null, rate == Rate.PerMonth ? null : PeriodPoint.OfMonth(published), rate), span, true) { Now = true };
        if (chosen is null && context is not null)
            chosen = context.LastOrDefault(m => m.Kind is not (PeriodKind.Date or PeriodKind.Rate));

        if (chosen is null)
            return new PeriodReading(rate == Rate.PerMonth ? new Period(null, null, rate) : new Period(null, PeriodPoint.OfMonth(published), rate), null, false);
        if (chosen.Kind is PeriodKind.SamePeriodLastYear or PeriodKind.SamePeriod or PeriodKind.WholePeriod)
            return new PeriodReading(new Period(null, PeriodPoint.OfMonth(published), rate), span, true,
                RelativeShift: chosen.Kind == PeriodKind.SamePeriodLastYear ? -12 : 0) { Whole = chosen.Kind == PeriodKind.WholePeriod, InYear = chosen.InYear, WholeYear = chosen.WholeYear };

        var start = chosen.From;
        var end = chosen.To;
        // "from the start of the war until August 30": an open start and a closing day in one clause combine.
        var inSegment = dated.Where(m => m != chosen && m.Index >= segStart && m.EndIndex <= segEnd).ToList();
        // "As of January 20, 11,200 had returned since the law came into force on Nov. 29": a closing
        // day leading the sentence closes an open period of its clause.
        if (chosen.Kind == PeriodKind.OpenEnded
            && (inSegment.FirstOrDefault(m => m.Kind == PeriodKind.Until) ?? dated.FirstOrDefault(m => m.Kind == PeriodKind.Until && m.EndIndex <= figureStart)) is { } until)
            end = until.To;
        else if (chosen.Kind == PeriodKind.Until && (inSegment.FirstOrDefault(m => m.Kind == PeriodKind.OpenEnded)
                // "Since the procedure was introduced in November 2024, 25,000 had returned as of July 1".
                ?? dated.FirstOrDefault(m => m.Kind == PeriodKind.OpenEnded && m.EndIndex <= figureStart && !HasDigit(sentence, m.EndIndex, figureStart))) is { } since)
            start = since.From;

        // "rose between 2023 and 2024 from 24,000 to 89,600": the ends of a change take the span's first and last year.
        if (chosen.Kind == PeriodKind.Span && chosen.From is { Month: 1 } first && chosen.To is { } last && last.Year > first.Year
            && (last.Month == 12 || chosen.EndsAtCutoff))
        {
            var before = sentence.AsSpan(Math.Max(0, figureStart - 60), Math.Min(60, figureStart));
            var after = sentence.AsSpan(figureEnd, Math.Min(40, sentence.Length - figureEnd));
            if (ChangeFrom().IsMatch(before) && ChangeToFollows().IsMatch(after))
                return new PeriodReading(new Period(first, new PeriodPoint(first.Year, 12), rate), span, true);
            if (ChangeTo().IsMatch(before))
                return new PeriodReading(new Period(new PeriodPoint(last.Year, 1), last, rate), span, true) { EndsAtCutoff = chosen.EndsAtCutoff };
        }

        // "had returned to their units after the parliament simplified the procedure in August": from then on.
        if (chosen.Kind == PeriodKind.Span && span is var (cs, _) && AfterEvent(sentence, cs))
            (start, end) = (chosen.From, PeriodPoint.OfMonth(published));

        // "may reach as many as 300,000 this year" covers the whole projected year.
        // The verb may sit inside the figure's own words ("could exceed 90,000").
        if (chosen.ProjectedTo is { } projected && IsProjection(sentence, segStart, figureEnd))
            end = projected;
        return new PeriodReading(new Period(start, end, rate), span, true) { EndsAtCutoff = chosen.EndsAtCutoff };
    }

    /// <summary>Every time phrase in <paramref name="text"/>[from..to), resolved against <paramref name="published"/>.</summary>
    internal IReadOnlyList<PeriodMention> Find(string text, DateOnly published, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var found = new List<PeriodMention>();
        foreach (var hit in matcher.Matches(text, from, to))
            if (ResolveMatch(hit.Match, published) is { } mention) found.Add(mention);
        return found;
    }

    private static PeriodMention? ResolveMatch(Match m, DateOnly published)
    {
        var pub = PeriodPoint.OfMonth(published);
        PeriodMention Make(PeriodKind kind, PeriodPoint? start, PeriodPoint? end, PeriodPoint? projected = null) =>
            new(m.Index, m.Length, m.Value, kind, start, end, projected);
        int? Year(string group) => m.Groups[group].Success ? int.Parse(m.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : null;
        int Rel(int defaultYear) => m.Groups["rel"].Success
            ? (m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? published.Year - 1 : published.Year)
            : defaultYear;

        if (m.Groups["war"].Success)
            return Make(PeriodKind.OpenEnded, Period.WarStart, pub);

        if (m.Groups["rng"].Success)
        {
            if (m.Groups["ya"].Success && m.Groups["yb"].Success)
            {
                // A span reaching the publication year ends at the article's data cut-off (the caller's).
                var last = Year("yb")!.Value;
                if (last < 100) last += Year("ya")!.Value / 100 * 100; // "2023-24"
                if (last < Year("ya")) return null;
                return Make(PeriodKind.Span, new PeriodPoint(Year("ya")!.Value, 1), CapAtPublication(new PeriodPoint(last, 12), pub)) with { EndsAtCutoff = last >= published.Year };
            }
            var m2 = MonthNumber(m.Groups["m2"].Value);
            int y2 = Year("y2") ?? (m.Groups["rel"].Success ? Rel(published.Year) : LatestYearOf(m2, published));
            if (m.Groups["ya"].Success)
                return Make(PeriodKind.Span, new PeriodPoint(Year("ya")!.Value, 1), new PeriodPoint(y2, m2));
            var m1 = MonthNumber(m.Groups["m1"].Value);
            int y1 = Year("y1") ?? (m1 <= m2 ? y2 : y2 - 1);
            int? d1 = DayOf(m.Groups["d1"], y1, m1), d2 = DayOf(m.Groups["d2"], y2, m2);
            return Make(PeriodKind.Span, new PeriodPoint(y1, m1, d1), new PeriodPoint(y2, m2, d2));
        }

        if (m.Groups["half"].Success)
        {
            var first = m.Groups["h"].Value.StartsWith("f", StringComparison.OrdinalIgnoreCase) || m.Groups["h"].Value == "H1";
            // "in the second half", no year: the latest such half begun by publication.
            var year = Year("y") ?? (m.Groups["rel"].Success ? Rel(published.Year) : LatestYearOf(first ? 1 : 7, published));
            return Make(PeriodKind.Span, new PeriodPoint(year, first ? 1 : 7), new PeriodPoint(year, first ? 6 : 12));
        }

        if (m.Groups["qtr"].Success)
        {
            var year = Year("y") ?? Rel(published.Year);
            var q = m.Groups["qn"].Success
                ? m.Groups["qn"].Value[0] - '0'
                : Array.IndexOf(QuarterWords, m.Groups["q"].Value.ToLowerInvariant()) + 1;
            if (q > 4) q = 4; // "last quarter of 2024"
            // "in the third quarter", no year: the latest such quarter begun by publication.
            if (!m.Groups["y"].Success && !m.Groups["rel"].Success && !m.Groups["qn"].Success) year = LatestYearOf(3 * q - 2, published);
            return Make(PeriodKind.Span, new PeriodPoint(year, 3 * q - 2), new PeriodPoint(year, 3 * q));
        }

        if (m.Groups["nextq"].Success)
        {
            // The next calendar quarter after the one holding the publication month.
            var first = new PeriodPoint(published.Year, (published.Month - 1) / 3 * 3 + 1).AddMonths(3);
            return Make(PeriodKind.Span, first, first.AddMonths(2));
        }

        if (m.Groups["firstn"].Success)
        {
            var year = Year("y") ?? Rel(published.Year);
            var n = Math.Clamp(CountWord(m.Groups["n"].Value), 1, 12);
            // "the last three months of 2022" ends in December.
            return m.Groups["fl"].Value.Equals("first", StringComparison.OrdinalIgnoreCase)
                ? Make(PeriodKind.Span, new PeriodPoint(year, 1), new PeriodPoint(year, n))
                : Make(PeriodKind.Span, new PeriodPoint(year, 13 - n), new PeriodPoint(year, 12));
        }

        if (m.Groups["pastd"].Success)
        {
            var n = m.Groups["n"].Success ? Math.Max(1, CountWord(m.Groups["n"].Value)) : 1;
            var days = m.Groups["wu"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * n : n;
            var first = published.AddDays(-days);
            return Make(PeriodKind.Span, new PeriodPoint(first.Year, first.Month, first.Day), new PeriodPoint(published.Year, published.Month, published.Day));
        }

        if (m.Groups["pastn"].Success)
        {
            // Spec: from the same month a year (N months) before the reference month, through it.
            var n = Math.Max(1, m.Groups["n"].Success ? CountWord(m.Groups["n"].Value) : 12);
            return Make(PeriodKind.Span, pub.AddMonths(-n), pub);
        }

        if (m.Groups["ytd"].Success)
        {
            var year = Year("y") ?? (m.Groups["rel"].Success ? published.Year - 1 : published.Year);
            // "since" runs to publication ("since the start of last year"); "so far in 2024" closes with its year.
            var open = year == published.Year || m.ValueSpan.StartsWith("since", StringComparison.OrdinalIgnoreCase);
            return Make(PeriodKind.OpenEnded, new PeriodPoint(year, 1), open ? pub : new PeriodPoint(year, 12), new PeriodPoint(year, 12));
        }

        if (m.Groups["todate"].Success)
            return Make(PeriodKind.OpenEnded, Period.WarStart, pub);

        if (m.Groups["since"].Success)
        {
            // "since 2021" opens in January, unless the article dates a start in that year (the caller's).
            if (!m.Groups["m"].Success)
                return Make(PeriodKind.OpenEnded, new PeriodPoint(Year("y")!.Value, 1), pub) with { YearOnly = true };
            var month = MonthNumber(m.Groups["m"].Value);
            return Make(PeriodKind.OpenEnded, new PeriodPoint(Year("y") ?? LatestYearOf(month, published), month), pub);
        }

        if (m.Groups["sinceev"].Success)
        {
            if (!m.Groups["m"].Success) return Make(PeriodKind.OpenEnded, new PeriodPoint(Year("y")!.Value, 1), pub);
            var month = MonthNumber(m.Groups["m"].Value);
            if (m.Groups["d"].Success)
            {
                var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                var year = Year("y") ?? LatestYearOfDay(month, day, published);
                if (day >= 1 && day <= DateTime.DaysInMonth(year, month))
                    return Make(PeriodKind.OpenEnded, new PeriodPoint(year, month, day), pub);
            }
            return Make(PeriodKind.OpenEnded, new PeriodPoint(Year("y") ?? LatestYearOf(month, published), month), pub);
        }

        if (m.Groups["sinceund"].Success)
            return Make(PeriodKind.OpenEnded, null, pub) with { Event = m.Groups["ev"].Value };

        if (m.Groups["yearend"].Success)
        {
            var year = Year("y") ?? (m.Groups["rel"].Success ? published.Year - 1 : published.Year);
            return Make(PeriodKind.Until, null, new PeriodPoint(year, 12), new PeriodPoint(year, 12));
        }

        if (m.Groups["until"].Success)
        {
            var month = MonthNumber(m.Groups["m"].Value);
            if (m.Groups["d"].Success)
            {
                var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
                var year = Year("y") ?? LatestYearOfDay(month, day, published);
                if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
                return Make(PeriodKind.Until, null, new PeriodPoint(year, month, day));
            }
            return Make(PeriodKind.Until, null, new PeriodPoint(Year("y") ?? LatestYearOf(month, published), month));
        }

        if (m.Groups["untilev"].Success)
            return DatePoint(m, published) is { Month: > 0 } closed && m.Groups["m"].Success ? Make(PeriodKind.Until, null, closed) : null;

        if (m.Groups["relmonth"].Success)
        {
            var which = m.Groups["which"].Value.ToLowerInvariant();
            var point = which == "this" ? pub : which == "next" ? pub.AddMonths(1) : pub.AddMonths(-1);
            return Make(PeriodKind.Span, point, point);
        }

        if (m.Groups["season"].Success)
        {
            var (first, last) = SeasonMonths(m.Groups["sn"].Value);
            var length = first > last ? last + 12 - first : last - first; // winter runs December..February
            PeriodPoint start;
            if (Year("y") is int y) start = new PeriodPoint(y, first);
            else
            {
                // The latest such season begun by publication.
                start = new PeriodPoint(published.Year, first);
                if (start.CompareTo(pub) > 0) start = start.AddMonths(-12);
            }
            var end = start.AddMonths(length);
            if (m.Groups["sincesn"].Success) return Make(PeriodKind.OpenEnded, start, pub);
            return Make(PeriodKind.Span, start, CapAtPublication(end, pub), end);
        }

        if (m.Groups["now"].Success)
            return Make(PeriodKind.Now, null, pub);

        if (m.Groups["theyear"].Success)
            return Make(PeriodKind.SamePeriod, null, null) with { WholeYear = true };

        if (m.Groups["wholeper"].Success)
            return Make(PeriodKind.WholePeriod, null, null);

        if (m.Groups["sameper"].Success)
            // "the same period of 2023": the compared months in that year.
            return Make(m.Groups["ago"].Success || m.Groups["y"].Success ? PeriodKind.SamePeriodLastYear : PeriodKind.SamePeriod, null, null) with { InYear = Year("y") };

        if (m.Groups["rate"].Success)
            return Make(PeriodKind.Rate, null, null);

        if (m.Groups["lastyear"].Success)
        {
            var year = m.Groups["next"].Success ? published.Year + 1 : published.Year - 1;
            return Make(PeriodKind.Span, new PeriodPoint(year, 1), new PeriodPoint(year, 12));
        }

        if (m.Groups["date"].Success)
            return Make(PeriodKind.Date, null, null);

        if (m.Groups["year"].Success)
        {
            var year = Year("y")!.Value;
            // The publication year is only covered up to publication, unless the figure is a projection;
            // a later year is all ahead ("to reach 40,000 in 2025"), a plan or forecast for the whole of it.
            var whole = new PeriodPoint(year, 12);
            return Make(PeriodKind.Span, new PeriodPoint(year, 1), year > published.Year ? whole : CapAtPublication(whole, pub), whole);
        }

        if (m.Groups["month"].Success)
        {
            var month = MonthNumber(m.Groups["m"].Value);
            var point = new PeriodPoint(Year("y") ?? LatestYearOf(month, published), month);
            return Make(PeriodKind.Span, point, point);
        }
        return null;
    }

    // A phrase right after "took effect", "came into force", "was introduced" opens the period there.
    private static PeriodMention? EffectStart(string sentence, PeriodMention m, DateOnly published)
    {
        var from = Math.Max(0, m.Index - 40);
        if (!EffectCue().IsMatch(sentence.AsSpan(from, m.Index - from))) return null;
        var start = m.Kind == PeriodKind.Date
            ? (DayIn().Match(m.Text) is { Success: true } day ? DatePoint(day, published) : null)
            : m.Kind is PeriodKind.Span or PeriodKind.Until ? m.From ?? m.To : null;
        return start is null ? null : m with { Kind = PeriodKind.OpenEnded, From = start, To = PeriodPoint.OfMonth(published), ProjectedTo = null };
    }

    private static bool InBracketedClause(string sentence, int figureEnd, PeriodMention m)
    {
        var open = sentence.LastIndexOf('(', m.Index, m.Index - figureEnd);
        if (open < 0 || sentence.IndexOf(')', open, m.Index - open) >= 0) return false;
        var close = sentence.IndexOf(')', m.EndIndex);
        var rest = sentence.AsSpan(m.EndIndex, (close < 0 ? Math.Min(sentence.Length, m.EndIndex + 80) : close) - m.EndIndex);
        return FiniteVerb().IsMatch(rest);
    }

    [GeneratedRegex(@"\b(?:took|takes|take|came|comes|entered|enters|went|goes)\s+(?:into\s+)?(?:effect|force)\s*$|\b(?:was|were|had\s+been|has\s+been)\s+(?:introduced|launched|adopted|enacted|simplified)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex EffectCue();

    [GeneratedRegex(@"\b(?:said|says|told\s+[\p{L}\-]+(?:\s+[\p{L}\-]+)?|reported|announced|wrote|stated|claimed)\s*,?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex TrailingReport();

    private const string Hedge = @"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?";

    [GeneratedRegex(@"\bfrom\s+" + Hedge + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ChangeFrom();

    [GeneratedRegex(@"^\s*(?:[\p{L}\-]+\s+){0,3}?to\s+" + Hedge + @"\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ChangeToFollows();

    [GeneratedRegex(@"\bfrom\s+" + Hedge + @"\d[\d,.\s\u00a0\u202f]*(?:[\p{L}\-]+\s+){0,3}?to\s+" + Hedge + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"\bthan\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ThanBefore();

    [GeneratedRegex(@"\b(?:was|were|is|are|had|has|have|did|does)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex FiniteVerb();

    [GeneratedRegex(EventDay, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex DayIn();

    /// <summary>
    /// How <paramref name="sentence"/> dates the event whose word <paramref name="eventWord"/> finds ("The
    /// call-up was announced on 21 September 2022", "In October 2023 mobilisation was declared"):
    /// the date right after the word in its clause and the one right before it, each null if absent.
    /// </summary>
    internal static (PeriodPoint? After, PeriodPoint? Before) EventDates(string sentence, Regex eventWord, DateOnly published)
    {
        var at = eventWord.Match(sentence);
        // The word opens no longer word: a letter before it sends the search on.
        while (at.Success && at.Index > 0 && char.IsLetter(sentence[at.Index - 1])) at = eventWord.Match(sentence, at.Index + 1);
        if (!at.Success) return (null, null);
        var next = DateAfterEvent().Match(sentence, at.Index + at.Length);
        var from = Math.Max(0, at.Index - 80);
        var before = DateBeforeEvent().Match(sentence[from..at.Index]);
        return (next.Success ? DatePoint(next, published) : null, before.Success ? DatePoint(before, published) : null);
    }

    /// <summary>
    /// The pattern of an event's word in a sentence, for <see cref="EventDates"/>; built once per word.
    /// The letter before it is checked by <see cref="EventDates"/>, not by a lookbehind: a pattern
    /// that opens with the word lets the interpreter jump to its letters instead of trying every position.
    /// </summary>
    internal static Regex EventWord(string eventWord)
    {
        var word = CallUp().Match(eventWord) is { Success: true } callUp && callUp.Length == eventWord.Length ? CallUp().ToString()
            : Regex.Escape(eventWord).Replace(@"\-", @"[-\s]?", StringComparison.Ordinal);
        return new Regex(@"(?:" + word + @")(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    // The words for one event: a call-up is a mobilisation is a draft.
    [GeneratedRegex(@"call[-\s]?up|mobili[sz]ation|draft", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex CallUp();

    private static PeriodPoint? DatePoint(Match m, DateOnly published)
    {
        if (!m.Groups["m"].Success) return new PeriodPoint(int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture), 1);
        var month = MonthNumber(m.Groups["m"].Value);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : null;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture)
            : day is int d0 ? LatestYearOfDay(month, d0, published) : LatestYearOf(month, published);
        if (day is int d && (d < 1 || d > DateTime.DaysInMonth(year, month))) day = null;
        return new PeriodPoint(year, month, day);
    }

    private const string EventDay =
        @"(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?|(?<m>" + Month + @")\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>" + Yr + @"))?|(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?|(?<y>" + Yr + @"))";

    [GeneratedRegex(@"\G[^.;!?]{0,80}?\s(?:on|in|of|between|from)\s+" + EventDay, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex DateAfterEvent();

    [GeneratedRegex(@"(?:on|in)\s+" + EventDay + @"[^.;!?\d]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex DateBeforeEvent();

    // A phrase between the reporting verb and "that" dates the report, not the figure:
    // "wrote to the New Voice of Ukraine in early November that 275,000 cases ...".
    private static bool IsReportTime(string sentence, PeriodMention mention, int figureStart) =>
        mention.EndIndex <= figureStart && ThatFollows().IsMatch(sentence.AsSpan(mention.EndIndex, figureStart - mention.EndIndex));

    private static bool HasDigit(string s, int from, int to) => s.AsSpan(from, Math.Max(0, to - from)).IndexOfAnyInRange('0', '9') >= 0;

    private static bool DatesAnotherFigure(string sentence, PeriodMention m)
    {
        var (start, end) = Segments.Around(sentence, m.Index, m.EndIndex, Reach);
        return HasDigit(sentence, start, m.Index) || HasDigit(sentence, m.EndIndex, end);
    }

    private static bool AfterEvent(string sentence, int mentionStart)
    {
        var from = Math.Max(0, mentionStart - 70);
        return AfterCue().IsMatch(sentence.AsSpan(from, mentionStart - from));
    }

    [GeneratedRegex(@"\b(?:after|following)\s+[^,.;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AfterCue();

    private static bool IsProjection(string sentence, int segStart, int figureEnd) =>
        ProjectionCue().IsMatch(sentence.AsSpan(segStart, figureEnd - segStart));

    // Prefer a phrase in the figure's own comma segment, then the nearest one before it in the
    // sentence ("This year alone, as MP X points out, the number ... may reach 300,000"), then after.
    private static PeriodMention? Nearest(IEnumerable<PeriodMention> mentions, int segStart, int segEnd, int figureStart, int figureEnd)
    {
        int Gap(PeriodMention m) => m.EndIndex <= figureStart ? figureStart - m.EndIndex : m.Index - figureEnd;
        var list = mentions.ToList();
        return list.Where(m => m.Index >= segStart && m.EndIndex <= segEnd).MinBy(Gap)
            ?? list.Where(m => m.EndIndex <= figureStart).MinBy(Gap)
            ?? list.MinBy(Gap);
    }

    // A day of a named month, when the phrase gives one that exists.
    private static int? DayOf(Group day, int year, int month) =>
        day.Success && int.TryParse(day.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d >= 1 && d <= DateTime.DaysInMonth(year, month)
            ? d : null;

    private static int LatestYearOf(int month, DateOnly published) => month <= published.Month ? published.Year : published.Year - 1;

    private static int LatestYearOfDay(int month, int day, DateOnly published) =>
        month < published.Month || (month == published.Month && day <= published.Day) ? published.Year : published.Year - 1;

    private static PeriodPoint CapAtPublication(PeriodPoint point, PeriodPoint pub) => point.CompareTo(pub) > 0 ? pub : point;

    private static (int First, int Last) SeasonMonths(string season) => season.ToLowerInvariant() switch
    {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "winter" => (12, 2),
        _ => (9, 11),
    };

    private static readonly string[] QuarterWords = ["first", "second", "third", "fourth", "last"];

    private static readonly string[] MonthStems =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static int MonthNumber(string name) =>
        Array.IndexOf(MonthStems, name[..3].ToLowerInvariant()) + 1;

    private static readonly string[] CountWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static int CountWord(string word) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Array.IndexOf(CountWords, word.ToLowerInvariant());

    // Pieces of the period pattern (Recognizers-Text style: small named pieces built into one).
    // Month names are matched case-sensitively so the modal "may reach" is never the month May.
    private const string Month =
        @"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Sept\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?)(?![a-z])";
    private const string Yr = @"(?<!\d)(?:19|20)\d\d(?!\d)";
    private const string Day = @"\d{1,2}(?:st|nd|rd|th)?(?!\d)";
    private const string Count = @"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})";
    private const string UntilLead = @"(?:until|till|through|by|as\s+of|as\s+at|(?:ended|expired|lapsed|(?:to\s+)?(?:lapse|expire|end))\s+(?:on|in))";
    // Times of year and parts of a span, never an event to date: "since the spring", "since the start of ...".
    private const string NotEvents = @"(?:spring|summer|autumn|fall|winter|start|beginning|end|outset|turn|middle|first|last|then|year|month)\b";
    private const string Lead = @"(?:(?:in|during|over|for|throughout|across)\s+)?";
    private const string OfYear = @"(?:(?<y>" + Yr + @")|(?<rel>this|last|the|the\s+current)\s+year)";
    // Russian sources call the full-scale war the "special military operation" (SMO).
    private const string War = @"(?:full[- ]scale\s+|large[- ]scale\s+|all[- ]out\s+)?(?:war|invasion|conflict|hostilities|aggression|special\s+military\s+operation|SMO)";

    // The alternatives in priority order (leftmost-first: at one position the earlier wins).
    private static readonly string[] Alternatives =
    [
        // Open-ended from the full-scale war (2022-02): "since the start of the full-scale war",
        // "since the invasion by the Russian Federation in 2022".
        @"(?<war>(?:since|from|after)\s+the\s+(?:very\s+)?(?:start|beginning|outset|outbreak|onset)\s+of\s+(?:the\s+|Russia['’]s\s+)?" + War + @"(?:\s+in\s+(?:February\s+)?2022)?" +
        @"|since\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+|large[- ]scale\s+)?(?:war|invasion)\s+(?:began|started|broke\s+out)" +
        @"|since\s+(?:the\s+|Russia['’]s\s+)?(?:full[- ]scale\s+|large[- ]scale\s+)?invasion(?:\s+(?:by|of)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3})?(?:\s+in\s+(?:February\s+)?2022)?" +
        @"|since\s+(?:(?:February|Feb\.?)\s+24(?:th)?|24(?:th)?\s+February),?\s+2022" +
        // "since Russia launched its full-scale invasion in February 2022"
        @"|since\s+(?:Russia|Moscow|the\s+Kremlin|Putin)\s+(?:launched|began|started|unleashed)\s+(?:its|the|his)\s+(?:full[- ]scale\s+|large[- ]scale\s+)?(?:war|invasion|offensive)(?:\s+(?:of|on|against)\s+Ukraine)?(?:\s+in\s+(?:February\s+)?2022)?" +
        @"|(?:during|throughout|over\s+the\s+course\s+of|in\s+the\s+course\s+of)\s+the\s+(?:entire\s+|whole\s+)?" + War + ")",
        // Two ends: "between January and October this year", "from November 2024 to July 2025", "from 2022 to 2023".
        // Day-precise: "between 3 October 2023 and 15 January 2024", "from October 3, 2023 to January 15, 2024".
        @"(?<rng>(?:between|from)\s+(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?<m1>" + Month + @")|(?<m1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?(?!\d)),?(?:\s+(?<y1>" + Yr + @"))?,?\s+(?:and|to|through|till|until|[-–—])\s+" +
        @"(?:(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @")|(?<m2>" + Month + @")\s+(?<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d))(?:,?\s+(?<y2>" + Yr + @"))?" +
        // A clause between the ends: "from May 2023, when the decree came in, to the end of June 2024".
        @"|from\s+(?<m1>" + Month + @")\s+(?<y1>" + Yr + @"),[^.;:,]{3,80},\s+(?:to|until|till|through)\s+(?:the\s+end\s+of\s+)?(?<m2>" + Month + @")(?:,?\s+(?<y2>" + Yr + @"))?" +
        // A year to a month: "from 2020 to June 2023".
        @"|(?:between|from)\s+(?<ya>" + Yr + @")\s+(?:and|to|through|till|until|[-–—])\s+(?:the\s+end\s+of\s+)?(?<m2>" + Month + @")(?:,?\s+(?<y2>" + Yr + @"))" +
        @"|(?:between|from)\s+(?<m1>" + Month + @")(?:\s+(?<y1>" + Yr + @"))?\s+(?:and|to|through|till|until|[-–—])\s+(?:the\s+end\s+of\s+)?(?<m2>" + Month + @")(?:,?\s+(?<y2>" + Yr + @")|\s+(?:of\s+)?(?<rel>this|last)\s+year)?" +
        @"|(?:(?:in|during|for|over|throughout)\s+)?(?<m1>" + Month + @")(?:\s+(?<y1>" + Yr + @"))?\s?[-–—]\s?(?<m2>" + Month + @")(?:,?\s+(?<y2>" + Yr + @"))?" +
        // "In October and November alone": two named months cover both.
        @"|(?:(?:in|during|for|over|throughout)\s+)?(?<m1>" + Month + @")\s+and\s+(?<m2>" + Month + @")(?:,?\s+(?<y2>" + Yr + @"))?" +
        @"|(?:between|from)\s+(?<ya>" + Yr + @")\s+(?:and|to|through|till|until|[-–—])\s+(?<yb>" + Yr + @")" +
        // A bare year span: "in 2022–2024", "over 2023-24".
        @"|(?:(?:in|during|over|for|throughout|across)\s+)?(?<ya>" + Yr + @")(?:\s?[-–—]\s?(?<yb>" + Yr + @")|[-–—/](?<yb>\d\d)(?![\d\p{L}]|\s\d)))",
        @"(?<half>" + Lead + @"the\s+(?<h>first|second)\s+half(?:\s+of\s+" + OfYear + @"|(?!\s+of\b))|(?<h>(?-i:H[12]))\s+(?<y>" + Yr + @"))",
        @"(?<qtr>" + Lead + @"the\s+(?<q>first|second|third|fourth|last)\s+quarter\s+of\s+" + OfYear + @"|" + Lead + @"the\s+(?<q>first|second|third|fourth)\s+quarter(?!\s+of\b)|(?-i:Q)(?<qn>[1-4])\s+(?:of\s+)?(?<y>" + Yr + @")|(?<![\p{L}\d])(?-i:Q)(?<qn>[1-4])(?![\p{L}\d])(?!\s+(?:of\s+)?(?:19|20)\d\d))",
        @"(?<firstn>" + Lead + @"the\s+(?<fl>first|last|final)\s+(?<n>" + Count + @")\s+months\s+of\s+" + OfYear + @"|" + Lead + @"the\s+(?<fl>first)\s+(?<n>" + Count + @")\s+months(?!\s+of\b))",
        // "over the past week", "in the last 24 hours": the days up to publication.
        @"(?<pastd>(?:(?:over|in|during|for)\s+)?(?:the\s+)?(?:past|last|previous)\s+(?:(?<n>" + Count + @")\s+)?(?<wu>days?|weeks?|24\s+hours)(?!\s+of\b))",
        @"(?<pastn>" + Lead + @"the\s+(?:past|last|previous)\s+(?:(?<n>" + Count + @")\s+months|year|twelve\s+months))",
        @"(?<nextq>" + Lead + @"(?:the\s+)?(?:next|coming|following)\s+quarter)",
        // From January of the publication year: "since the beginning of the year", "this year alone".
        @"(?<ytd>since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this|(?<rel>last))\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?<y>" + Yr + @")" +
        @"|since\s+(?:1(?:st)?\s+)?(?-i:January)(?:\s+1(?:st)?)?(?!\s*,?\s*(?:19|20)\d\d)(?:\s+this\s+year)?|so\s+far\s+this\s+year|so\s+far\s+in\s+(?<y>" + Yr + @")" +
        @"|(?:this|the\s+current|the\s+present)\s+year(?:\s+(?:alone|so\s+far))?|year[- ]to[- ]date)",
        // Running totals: "to date", "currently registered" count from the full-scale war to publication.
        @"(?<todate>to\s+date|so\s+far(?!\s+(?:this|in)\b)|(?:currently|now|presently)\s+(?:registered|open|opened|pending|recorded|under\s+investigation|being\s+investigated)|(?:registered|opened|recorded|initiated)\s+(?:so\s+far|to\s+date))",
        @"(?<since>since\s+(?:(?:early|mid|late)[- ]?)?(?<m>" + Month + @")(?:\s+" + Day + @")?(?:,?\s+(?<y>" + Yr + @"))?|since\s+" + Day + @"\s+(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?|since\s+(?<y>" + Yr + @")" +
        // "since the September 2022 call-up", "since the 24 February invasion": a dated event, to publication.
        @"|since\s+the\s+(?<m>" + Month + @")(?:\s+" + Day + @")?(?:,?\s+(?<y>" + Yr + @"))?(?=\s+\p{L})|since\s+the\s+" + Day + @"\s+(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?(?=\s+\p{L}))",
        // "since" an event dated later in its clause: "since the law took effect on May 18", "since
        // mobilization was announced in September 2022".
        @"(?<sinceev>since\s+(?!the\s+(?:start|beginning)\b)[^,;.!?\d]{3,60}?\s(?:on|in|of|last)\s+(?:(?<m>" + Month + @")(?:\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?<y>" + Yr + @"))?" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?|(?<y>" + Yr + @")))",
        // "since the call-up began", "since mobilisation was announced", "since the start of the amnesty":
        // an event with no date in the clause; the caller dates it from the article, else drops it.
        @"(?<sinceund>since\s+(?:the\s+)?(?!" + NotEvents + @")(?:[\p{L}\-]+\s+){0,2}?(?<ev>[\p{L}\-]{3,})\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:began|begun|started|announced|declared|introduced|ordered|launched|took\s+effect|came\s+into\s+(?:force|effect)|entered\s+into\s+force|passed|signed|adopted)\b" +
        @"|since\s+the\s+(?:start|beginning|launch|announcement|outset|introduction)\s+of\s+(?:the\s+)?(?:[\p{L}\-]+\s+){0,2}(?<ev>[\p{L}\-]{3,})(?![\p{L}\-])" +
        // "since the call-up," with the clause ending there.
        @"|since\s+the\s+(?!" + NotEvents + @")(?:[\p{L}\-]+\s+)?(?<ev>[\p{L}\-]{3,})(?=\s*[,.;:)]|\s*$))",
        @"(?<yearend>(?:by|at)\s+(?:the\s+)?end\s+of\s+(?:the|this|(?<rel>last))\s+year|by\s+(?:the\s+)?year[- ]end|(?:by|at)\s+the\s+end\s+of\s+(?<y>" + Yr + @")|at\s+year[- ]end\s+(?<y>" + Yr + @"))",
        // Closing day or month: "until Aug. 30", "by August 30", "as of 1 October 2025", "through September".
        // A stock "at the end of December" and a scheme "which ended on August 30" close there too.
        @"(?<until>" + UntilLead + @"\s+(?:the\s+end\s+of\s+)?(?<m>" + Month + @")\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>" + Yr + @"))?" +
        @"|" + UntilLead + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?" +
        @"|(?:" + UntilLead + @"\s+(?:the\s+end\s+of\s+|(?:early|mid|late)[- ]?)?|at\s+the\s+end\s+of\s+)(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @"))?)",
        // "Until the return window closed on 30 August": a scheme's end, that day.
        @"(?<untilev>(?:until|till|before|by\s+the\s+time)\s+(?:the\s+)?[^,;.!?\d]{3,60}?\s(?:closed|ended|expired|lapsed|ran\s+out|was\s+(?:lifted|cancelled|scrapped|halted|suspended))\s+(?:on|in)\s+" + EventDay + @")",
        @"(?<relmonth>(?<which>last|this|next|the\s+past|the\s+previous)\s+month(?!s|ly))",
        // A monthly rate: "each month", "per month", "monthly" ("a month ago" is a time, not a rate).
        @"(?<rate>(?:each|every|per)\s+month(?!s)|a\s+month(?!s|ly|\s+(?:ago|earlier|later|before|after|of)\b)|monthly(?!\s+(?:record|high|peak|low|maximum|minimum|report|figure|bulletin|update|release|summar(?:y|ie)|table|breakdown|statistic)s?\b|\s+(?:data|reporting|series|statistics)\b)|on\s+a\s+monthly\s+basis)",
        // Seasons: "in autumn 2022", "in the autumn", "since summer", "last winter".
        @"(?<season>(?:(?<sincesn>since)|in|during|over|throughout|through|last|this)\s+(?:the\s+)?(?<sn>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?<y>" + Yr + @"))?)",
        // "in the same period last year": the months of the figure it is compared with, a year earlier.
        // "over the same period": the months of the figure before.
        // "over that period", "over the whole period", "over the same span": the period just set out.
        // "over the whole period": the period of the data the article set out.
        @"(?<wholeper>(?:in|during|over|for|throughout|across)\s+the\s+(?:whole|entire)\s+(?:period|span|time)(?![\p{L}]))",
        @"(?<sameper>(?:in|during|over|for|throughout|across)\s+(?:that|this)\s+(?:period|span|time)(?![\p{L}])|(?:in\s+|during\s+|over\s+|for\s+)?the\s+same\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?(?:period|span|months?|time)(?:\s+(?:of|in)\s+(?<y>" + Yr + @")|(?<ago>\s+(?:of\s+)?(?:last|the\s+previous|a\s+year\s+earlier|the\s+year\s+before)(?:\s+year)?))?" +
        @"|(?<ago>a\s+year\s+(?:earlier|before|ago)))",
        // "during the year", "in that year": the year the article is speaking of (the caller's frame).
        @"(?<theyear>(?:in|during|over|throughout|for|across)\s+(?:the|that)\s+(?:same\s+)?year(?![\p{L}\-])(?!\s+(?:before|earlier|ago|to|of|after|on|in)\b))",
        @"(?<lastyear>" + Lead + @"(?:last|the\s+previous)\s+year|(?<next>next\s+year))",
        // A day is a date something happened on, not a span: "On November 9th", "on November 21".
        @"(?<date>(?:on\s+)?(?<m>" + Month + @")\s*" + Day + @"(?:,?\s+" + Yr + @")?|(?:on\s+)?" + Day + @"\s+(?<m>" + Month + @")(?:,?\s+" + Yr + @")?)",
        // A year labelling its figure in a table or bracket: "(2024: 1 305)".
        @"(?<year>(?:in|during|throughout|for|over|across)\s+(?:the\s+year\s+|all\s+of\s+|the\s+whole\s+of\s+)?(?<y>" + Yr + @")(?!\s*[-–]\s*\d)(?:\s+alone)?|" +
        // Fiscal and reporting years are calendar years in the countries reported on (docs/claims.md).
        @"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:fiscal|financial|budget|reporting)\s+(?:year\s+)?(?<y>" + Yr + @")|(?:(?:in|during|for)\s+)?(?-i:FY)\s?(?<y>" + Yr + @")|(?:in|during|for|over)\s+the\s+(?<y>" + Yr + @")\s+(?:fiscal|financial|budget|reporting)\s+year|(?<![\p{L}\d])(?<y>" + Yr + @"):(?=\s*\d))",
        // A month without a year is the latest such month not after publication ("Last May", "in October alone").
        // "are now in uniform", "currently serve": a stock at publication with no start.
        @"(?<now>(?<![\p{L}])(?-i:now|currently|at\s+present)(?![\p{L}]))",
        @"(?<month>(?:(?:in|during|for|throughout|over|last|this|of)\s+)?(?:(?:early|mid|late)[- ]?)?(?<m>" + Month + @")(?:,?\s+(?<y>" + Yr + @")|\s+of\s+(?<y>" + Yr + @"))?(?:\s+alone)?)",
    ];

    // ", a third of them", "— most of which", "(half of these": an aside about a part of the figure before.
    [GeneratedRegex(@"[,;:(–—]\s*(?:[\p{L}\-]+\s+){0,3}?of\s+(?:them|these|those|which|whom)\b(?![^,;]*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PartAside();

    [GeneratedRegex(@"[,;]\s*(?:and|while|but|whereas|yet)\b|;", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^[\s,]*(?:[\p{L}'’\-]+\s+){1,5}?(?:said|says|reported|reports|told|announced|wrote|stated|estimated|estimates)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ReportedBy();

    [GeneratedRegex(@"^(?:in\s+|during\s+)?(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NamedMonth();

    // "that makes 260,014": a pronoun opening a clause, not the conjunction after a reporting verb.
    [GeneratedRegex(@"^\W*that\b(?!\s+(?:makes|brings|gives|puts|takes|means|adds|leaves)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ThatFollows();

    // Modal or forecast verbs before the figure: "may reach as many as", "is expected to exceed".
    [GeneratedRegex(@"\b(?:may|might|could|will|would|(?:is|are)?\s*expected\s+to|projected\s+to|set\s+to|likely\s+to|forecast\s+to)\s+(?:\w+\s+){0,2}?(?:reach|exceed|surpass|top|hit|rise|grow|climb|total|be|bring|add|draft|mobili[sz]e)\b|\bby\s+the\s+end\s+of\s+the\s+year" +
        // "the ministry expects as many as 40,000": a forecast verb right before the figure.
        @"|\b(?:expects?|expected|forecasts?|predicts?|projects?|anticipates?)\s+(?:(?:as\s+many\s+as|up\s+to|about|around|some|roughly|nearly|over|more\s+than|at\s+least)\s+)?\d",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ProjectionCue();
}
