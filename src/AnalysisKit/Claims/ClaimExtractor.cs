using System.Text.RegularExpressions;
using AnalysisKit.Articles;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// Turns an article into claims: every count figure whose words say it counts soldiers or cases
/// against them, with its metric, unit, rate, force, period and source, one claim per figure
/// however often the article repeats it. Construct once and reuse: the constructor compiles the
/// recognizers; <see cref="Extract(Article)"/> is pure and thread-safe.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>One extractor for every caller in a process: it holds no state that changes, so sharing it is safe.</summary>
    public static ClaimExtractor Default => Shared.Value;

    private static readonly Lazy<ClaimExtractor> Shared = new(() => new ClaimExtractor());

    private readonly NumberRecognizer numbers = new();
    private readonly MetricRecognizer metrics = new();
    private readonly PeriodResolver periods = new();
    private readonly ForceRecognizer forces = new();
    private readonly AttributionRecognizer attributions = new();
    private readonly TableReading tables;

    public ClaimExtractor() => tables = new TableReading(numbers, metrics, periods, forces);

    /// <summary>The claims of one article, in the order the article states them.</summary>
    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var reading = new ArticleReading(article, forces, attributions);
        var found = new List<Candidate>();
        var frames = new Frames(null, null);
        // Rows of a table or list are read by their headers and lead, not one sentence at a time.
        var cells = tables.Read(reading);
        for (var i = 0; i < article.Sentences.Count; i++)
        {
            if (cells.TryGetValue(i, out var row)) found.AddRange(row);
            else frames = ReadSentence(reading, i, found, frames);
        }
        return ClaimMerger.Merge(AtCutoff(found, article.Published));
    }

    // The period frames open after a sentence: the last total's (Frame) and the data scope a methods
    // sentence set out (Document), which holds until another methods sentence.
    // Measure: what a sentence said the figures after it count ("All figures are persons convicted"),
    // until another data scope opens.
    private readonly record struct Frames(PeriodFrame? Frame, PeriodFrame? Document, string? Releaser = null, (Metric? Metric, CountUnit? Unit)? Measure = null);

    // "From 2022 to 2025" in a 2025 article ends at the data cut-off: the latest month this year that
    // the article's own figures state, else publication.
    private static List<Candidate> AtCutoff(List<Candidate> found, DateOnly published)
    {
        if (!found.Any(c => c.EndsAtCutoff)) return found;
        var pub = PeriodPoint.OfMonth(published);
        var cutoff = found
            .Where(c => c.PeriodStated && !c.PeriodRelative && !c.EndsAtCutoff && c.Claim.PeriodEnd is { } e && e.Year == published.Year && e.MonthIndex < pub.MonthIndex)
            .Select(c => c.Claim.PeriodEnd!.Value.AsMonth)
            .DefaultIfEmpty(pub)
            .MaxBy(p => p.MonthIndex);
        return found.Select(c => c.EndsAtCutoff ? c with { Claim = c.Claim with { PeriodEnd = cutoff } } : c).ToList();
    }

    /// <summary>The claims of several articles, article by article.</summary>
    public IReadOnlyList<Claim> Extract(IEnumerable<Article> articles) => articles.SelectMany(Extract).ToList();

    private Frames ReadSentence(ArticleReading reading, int index, List<Candidate> found, Frames frames)
    {
        var paragraph = reading.ParagraphOf(index);
        var article = reading.Article;
        var sentence = article.Sentences[index];
        var text = sentence.Text;
        var mentions = numbers.Recognize(text);
        var counts = mentions.Where(m => m.Kind == NumberKind.Count && (m.Low is not null || m.High is not null) && !WordedOne(m)).ToList();
        var firstOfSentence = found.Count;
        var cues = counts.Count > 0 ? metrics.Find(text, 0, text.Length) : [];
        // "the total under the two articles has passed 290,000": a number inside a cue is a word of
        // the cue, not a figure that would cut the next figure's window off from it.
        if (counts.Count > 1) DropNumbersInsideCues(counts, cues);
        for (var k = 0; k < counts.Count; k++)
        {
            var m = counts[k];
            var windowStart = k > 0 ? counts[k - 1].End : 0;
            var windowEnd = k + 1 < counts.Count ? counts[k + 1].Start : text.Length;
            var what = metrics.Read(text, m.Start, m.End, windowStart, windowEnd, cues);
            if (what is null) continue;
            // "up to 7 years in prison, and for desertion up to 12", "38 percent in May and 41 in June":
            // a small figure with no noun of its own continues the term, age or share before it.
            if (ContinuesMeasure(mentions, m) && NoNounAfter.IsMatch(text.AsSpan(m.End))) continue;
            // "for every deserter caught, four more slip away": a small figure set against "every" or
            // "each" of something is a ratio, not a count (spec: rates are no claims).
            if ((m.High ?? m.Low) < 10 && EveryBefore.IsMatch(text.AsSpan(0, m.Start))) continue;

            var metric = what.Metric;
            var unit = what.Unit;
            // The figure before, for a figure that leans on it: "Last May saw a record 18,000 cases"
            // after "14,000-18,000 cases of unauthorized abandonment"; "96,000 of which"; "Of these,
            // about 20,000"; "That compares with 89,000".
            var previous = found.Count > 0 && found[^1].SentenceIndex >= index - 2 ? found[^1].Claim : null;
            if (what.Elliptical)
            {
                // A bare figure counts what its slot or the figure before it counts; with neither it is
                // no claim. Small bare numbers ("Comments 3") are page furniture, not counts.
                if (previous is null || m.Low is < 10 || m.High is < 10 || IsFurniture(text)) continue;
                // Without a slot, a bare figure continues the series of the last list: its first figure's
                // ("Q3 — 57,918 / 7,823. The record month was July: 20,844" continues the first column).
                metric = SlotMetric(reading, index, text, counts, k)
                    ?? (found.Count > firstOfSentence ? null : NamedSince(reading, found[^1].SentenceIndex, index))
                    ?? FirstOfSentence(found, found.Count > firstOfSentence ? index : found[^1].SentenceIndex).Metric;
                if (!what.UnitStated) unit = previous.Unit;
            }
            else if (what.Such && SuchAntecedent(reading, found, index) is { } antecedent)
                // "312 such cases": what the cases before counted, not a verdict or return in between (spec).
                metric = antecedent;
            // "convicted 640 people of absence, and 85 of desertion": a figure naming only the offence
            // continues the measure of the figure before it in its sentence; the offence is what was judged.
            if (metric is Metric.Awol or Metric.Desertion or Metric.AwolOrDesertion && !what.OwnNoun && what.SpanEnd > m.End
                && found.Count > firstOfSentence && found[^1].Claim.Metric == Metric.Convictions
                && OffenceOnlyAfter.IsMatch(text.AsSpan(m.End))
                && !cues.Any(c => c.Start >= windowStart && c.End <= m.Start && c.Entry is { Metric: not null, Role: CueRole.Dominant or CueRole.Weak }))
                metric = Metric.Convictions;
            // "255,000 SZCh proceedings ..., plus about 56,000 for desertion", "5,517 such cases in 2023
            // and 1,215 in 2022": a figure with no noun of its own counts what the figure before it in
            // the sentence counted.
            if (!what.UnitStated && !what.Elliptical && found.Count > firstOfSentence) unit = found[^1].Claim.Unit;
            // "There it is far lower, about 9,000 proceedings": a figure that points back but has its own
            // noun of cases stands alone when no figure is before it, and counts the offence the
            // sentences before it name.
            var standsAlone = what.BackReference && previous is null && what.UnitStated && unit == CountUnit.Cases;
            if (standsAlone) metric ??= NamedSince(reading, -1, index);
            if (what.BackReference && !standsAlone)
            {
                // "The pace has slowed to 3,000 a month", "it was about 21,000": the measure just stated.
                if (previous is null) continue;
                // "In the same months last year the figure had been 51,000": the figure whose months it
                // shifts, not a rate or an aside stated in between.
                var like = YearEarlier.IsMatch(text) && StatedTotal(found, index - 6) is { Rate: Rate.Total } referent ? referent : previous;
                // "the figures were 30,118 and 5,027 respectively": each takes its slot.
                metric ??= SlotMetric(reading, index, text, counts, k) ?? NamedSince(reading, found[^1].SentenceIndex, index) ?? like.Metric;
                if (!what.UnitStated) unit = like.Unit;
            }
            else if (what.Anaphoric || what.Comparative)
            {
                if (previous is null) { if (metric is null) continue; }
                else
                {
                    // "Of those, 2,460 were mobilised reservists": being mobilised describes the part, the
                    // whole says what is counted (spec: cue words do not decide the metric).
                    if (what.Anaphoric && metric == Metric.Mobilization) metric = previous.Metric;
                    metric ??= previous.Metric;
                    // A part counts what its whole counts; a comparison compares like with like.
                    if (!what.PersonsStated) unit = previous.Unit;
                }
                // "The men called up in 2023 — about 145,000 of them — ...": the group named before the
                // figure in its own sentence is what the figure counts.
                if (previous is null && what.Anaphoric && metric == Metric.Mobilization && what.SpanStart >= m.Start)
                {
                    // "Of those, 2,460 were mobilised reservists" after "the absence defendants": the group named before.
                    metric = index > 0 && reading.OffencesNamedIn(index - 1, metrics) is [var named] ? named : null;
                    if (metric is null) continue;
                }
            }
            else if (metric is null && previous is not null && previous.Unit == unit)
                metric = NamedSince(reading, found[^1].SentenceIndex, index) ?? previous.Metric;
            // "…, and 140,515 counting desertion", "— 330,624 in all": a total of both offences named
            // in the sentence (spec: a total split into both is awol_or_desertion).
            if (metric is Metric.Awol or Metric.Desertion && found.Count > firstOfSentence
                && TotalOfBoth.IsMatch(text.AsSpan(m.End, Math.Min(text.Length, m.End + 16) - m.End)))
            {
                var named = found.Skip(firstOfSentence).Select(c => c.Claim.Metric).Append(metric.Value).ToHashSet();
                if (named.Contains(Metric.Awol) && named.Contains(Metric.Desertion))
                {
                    metric = Metric.AwolOrDesertion;
                    unit = found[^1].Claim.Unit;
                }
            }
            // "All figures are persons convicted … Art. 338 (desertion): 263": the offence names what
            // was judged, the scope's measure what is counted.
            if (frames.Measure is { } measure && (metric is null or Metric.Awol or Metric.Desertion or Metric.AwolOrDesertion or Metric.Other || metric == measure.Metric))
            {
                metric = measure.Metric ?? metric;
                if (measure.Unit is { } measured && !what.OwnNoun && !what.PersonsStated) unit = measured;
            }
            // Criminal cases against soldiers that name no offence (spec).
            metric ??= Metric.AwolOrDesertion;

            var context = index > 0 && found.Count == firstOfSentence && (firstOfSentence == 0 || found[^1].SentenceIndex < index - 1)
                ? ContextPhrases(reading, index)
                : null;
            var when = periods.Read(text, reading.TimePhrasesOf(index, periods), m.Start, m.Length, article.Published, context);
            var group = PartCue.GroupNamed(text, m.Start, windowStart);
            var isPart = what.Anaphoric || group is not null || PartCue.IsPart(text, m.Start, m.End, windowStart);
            // "At least 40 of the defendants had been mobilised in the autumn": the phrase tells when the
            // group joined, not what the part counts; the part keeps its total's period.
            if (isPart && when is { Stated: true, RelativeShift: null, Span: var (joinedAt, _) } && PartCue.JoinedBefore(text, joinedAt))
                when = new PeriodReading(new Period(null, PeriodPoint.OfMonth(article.Published), when.Period.Rate), null, false);
            var period = when.Period;
            var inheritsCutoff = false;
            var before = found.Count > firstOfSentence ? found[^1] : null;
            var beforeInSentence = before?.Claim;
            if (when.RelativeShift is int shift)
            {
                // "over the same months" is the frame's months, "the same months last year" a year back,
                // "the same period of 2023" in that year, "over the whole period" the data scope's.
                int ShiftFrom(PeriodPoint? end) => when.InYear is int year && end is { } e ? (year - e.Year) * 12 : shift;
                var compared = when.Whole ? frames.Document ?? frames.Frame : frames.Frame ?? frames.Document;
                var pub = PeriodPoint.OfMonth(article.Published);
                // "during the year": the whole year of the frame (up to publication), else this year.
                Period YearOf(PeriodPoint? end) => end is { } e
                    ? period with { Start = new PeriodPoint(e.Year, 1), End = e.Year == pub.Year ? pub : new PeriodPoint(e.Year, 12) }
                    : period with { Start = new PeriodPoint(pub.Year, 1), End = pub };
                if (when.WholeYear)
                    period = YearOf(compared?.End ?? LastStatedPeriod(found, index - 3)?.PeriodEnd);
                else if (compared is not null)
                {
                    period = compared.Shifted(ShiftFrom(compared.End), period.Rate);
                    inheritsCutoff = shift == 0 && compared.EndsAtCutoff;
                }
                else if (LastStatedPeriod(found, index - 3) is { } referent)
                {
                    var moved = ShiftFrom(referent.PeriodEnd);
                    period = period with { Start = referent.PeriodStart?.AddMonths(moved), End = referent.PeriodEnd?.AddMonths(moved) };
                }
            }
            else if (!when.Stated && period.Rate == Rate.Total)
            {
                // A part, breakdown or restatement has its total's period; so has a bare figure
                // continuing its sentence ("51,100 new proceedings and 8,560 for desertion"); else a
                // figure inherits the data scope a methods sentence set out.
                if (isPart && NamedTotal(found, PartCue.TotalNamed(text, m.End)) is { } named)
                    // "About 3,400 of the 11,200 returnees": the total the part names.
                    period = period with { Start = named.PeriodStart, End = named.PeriodEnd };
                else if (group is { } groupMetric && LatestOf(found, groupMetric) is { } groupTotal)
                    // "Of those who returned, about 700 left again": the total of returns, not the last frame.
                    period = period with { Start = groupTotal.PeriodStart, End = groupTotal.PeriodEnd };
                else if (before is not null && (isPart || !what.UnitStated || before.PeriodStated))
                {
                    period = period with { Start = before.Claim.PeriodStart, End = before.Claim.PeriodEnd };
                    inheritsCutoff = before.EndsAtCutoff;
                }
                else if (isPart && (frames.Frame is { Paragraph: var p } near && p == paragraph ? near : frames.Document ?? frames.Frame) is { } whole)
                {
                    period = whole.Shifted(0, period.Rate);
                    inheritsCutoff = whole.EndsAtCutoff;
                }
                else if (isPart && previous is not null)
                    period = period with { Start = previous.PeriodStart, End = previous.PeriodEnd };
                else if (frames.Document is { } dataScope)
                {
                    period = dataScope.Shifted(0, period.Rate);
                    inheritsCutoff = dataScope.EndsAtCutoff;
                }
            }
            else if (when.Stated && (frames.Frame ?? frames.Document) is { } open && open.Opens(period)
                && period.End?.MonthIndex != PeriodPoint.OfMonth(article.Published).MonthIndex
                && (isPart || open.Paragraph == paragraph || open == frames.Document))
                // "verdicts in 10,215 of them by the end of July": a closing point closes the frame's span.
                period = period with { Start = open.Start };
            else if (isPart && period.End is { } end && end.CompareTo(PeriodPoint.OfMonth(article.Published)) > 0 && !when.EndsAtCutoff
                && frames.Frame is { } total && total.End?.CompareTo(PeriodPoint.OfMonth(article.Published)) <= 0)
                // "Of those cases, 6,700 had been sent to court by the end of the year", early in the
                // next year: the part closes with its total, not in the future.
                period = total.Shifted(0, period.Rate);
            // "put the army at 640,000 as of August": a force's strength stated at a month is that
            // month's stock, not a count running up to it (a closing day keeps the spec's open start).
            if (metric == Metric.Personnel && when is { Stated: true, RelativeShift: null, Now: false } && period is { Start: null, End: { Day: null } atMonth })
                period = period with { Start = atMonth };
            // A part never opens a frame: "April alone accounted for 6,020 of them" leaves the months of the total.
            if (when.Stated && when.RelativeShift is null && !isPart)
                frames = frames with { Frame = PeriodFrame.After(frames.Frame, period, paragraph, when.EndsAtCutoff) };
            var periodSpan = when.Span;
            var (source, sourceStated) = reading.SourceOf(index, m.Start, windowStart, windowEnd);
            // The lead's attribution carries to unattributed figures only when the lead states a
            // figure itself; a lead that describes the data ("This brief draws on X's statistics") does not.
            if (!sourceStated && reading.LeadIndex is int lead && lead < index && !reading.LeadReleasesData
                && !found.TakeWhile(c => c.SentenceIndex <= lead).Any(c => c.SentenceIndex == lead))
                source = article.Outlet;
            // A data release ("The office has posted its report for May") speaks for the figures
            // after it that name no source, until another release.
            if (!sourceStated && frames.Releaser is { } releaser) source = releaser;
            // A part has its total's source unless its own sentence names one: "Of this year's cases,
            // 1,102 ended in a verdict" after the office's total is the office's.
            if (!sourceStated && isPart && (NamedTotal(found, PartCue.TotalNamed(text, m.End)) ?? previous) is { } totalClaim)
                source = totalClaim.Source;

            var quoteStart = what.SpanStart;
            var quoteEnd = what.SpanEnd;
            if (periodSpan is var (ps, pe) && (ps >= quoteEnd ? ps - quoteEnd : quoteStart - pe) <= 40)
            {
                quoteStart = Math.Min(quoteStart, ps);
                quoteEnd = Math.Max(quoteEnd, pe);
            }

            var claim = new Claim
            {
                Article = article.Id,
                Quote = text[quoteStart..quoteEnd],
                QuoteStart = sentence.Start + quoteStart,
                ValueLow = Round(m.Low),
                ValueHigh = Round(m.High),
                Qualifier = QualifierOf(text, m),
                Metric = metric.Value,
                Unit = unit,
                Rate = period.Rate,
                Force = reading.ForceOf(index, m.Start, m.End),
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                Source = source,
                Sentence = text,
                Published = article.Published,
            };
            found.Add(new Candidate(claim, index, reading.IsHeadline(index), when.Stated, sourceStated)
            {
                PeriodRelative = when.RelativeShift is not null,
                EndsAtCutoff = when.EndsAtCutoff || inheritsCutoff,
                Figure = m.Text,
                Definite = DefiniteBefore.IsMatch(text.AsSpan(windowStart, m.Start - windowStart)),
            });
        }
        // A sentence that sets out the data without a figure of its own opens a data scope.
        if (found.Count == firstOfSentence && MethodsCue.DescribesData(text))
        {
            var releaser = reading.ReleaserIn(index);
            if (reading.TimePhrasesOf(index, periods).FirstOrDefault(p => p.To is not null && p.Kind is PeriodKind.Span or PeriodKind.OpenEnded or PeriodKind.Until) is { } scope)
                frames = new Frames(null, new PeriodFrame(scope.From, scope.To, paragraph), releaser);
            else if (releaser is not null)
                frames = frames with { Releaser = releaser };
        }
        if (found.Count == firstOfSentence && MeasureCue.Of(text, metrics) is { } counted)
            frames = frames with { Measure = counted };
        return frames;
    }

    // Both lists are ordered by start and cues do not overlap, so one pass keeps a long sentence linear.
    private static void DropNumbersInsideCues(List<NumberMention> counts, List<MetricRecognizer.Cue> cues)
    {
        var c = 0;
        counts.RemoveAll(n =>
        {
            while (c < cues.Count && cues[c].End <= n.Start) c++;
            return c < cues.Count && cues[c].Start <= n.Start && n.End <= cues[c].End;
        });
    }

    // "one person can face several proceedings", "at least one official number": the word "one" alone
    // is an indefinite, not a count.
    private static bool WordedOne(NumberMention m) =>
        m.Low == 1 && m.High is null or 1 && !m.Text.AsSpan().ContainsAnyInRange('0', '9');

    private static bool ContinuesMeasure(IReadOnlyList<NumberMention> mentions, NumberMention m)
    {
        if ((m.Low ?? m.High) is not { } value || value > 100) return false;
        // Mentions are ordered by start: a binary search keeps a sentence of many figures linear.
        int lo = 0, hi = mentions.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < m.Start) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && mentions[lo].Start == m.Start && mentions[lo - 1].Kind is NumberKind.Duration or NumberKind.Age or NumberKind.Percent;
    }

    private static readonly Regex EveryBefore = new(@"\b(?:every|each)\s+(?!(?:day|week|month|year|night|time|quarter)s?\b)[\w-]+\b[^.;:]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex NoNounAfter = new(@"^\s*(?:[.,;:)!?]|$|(?:in|for|and|or|at|on|by|under|against)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "By month (Article 407 only) the curve goes up. The peak came in November with 11,912 proceedings":
    // a sentence between the last claim and this one that names one offence says what follows counts.
    private Metric? NamedSince(ArticleReading reading, int lastClaimSentence, int index)
    {
        for (var j = index - 1; j > lastClaimSentence && j >= index - 3; j--)
            if (reading.OffencesNamedIn(j, metrics) is [var named]) return named;
        return null;
    }

    // "in the same months last year", "a year earlier": the period of a figure stated before, a year back.
    private static readonly Regex YearEarlier = new(@"\b(?:same\s+(?:months?|period|time|span|quarter|weeks)\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior|a)\s+year|a\s+year\s+(?:earlier|before))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex TotalOfBoth = new(@"^\s*(?:in\s+all|in\s+total|altogether|combined|counting|including|together\s+with)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Claim FirstOfSentence(List<Candidate> found, int sentence)
    {
        var i = found.Count - 1;
        while (i > 0 && found[i - 1].SentenceIndex == sentence) i--;
        return found[i].Claim;
    }

    // "such cases" refers to cases of an offence: the latest such claim of the last few sentences, or
    // a sentence after it that names one offence ("Leaving a unit carries ten years. Prosecutors sent
    // 310 such cases to court"), whichever is nearer.
    private Metric? SuchAntecedent(ArticleReading reading, List<Candidate> found, int index)
    {
        Candidate? claim = null;
        for (var i = found.Count - 1; i >= 0 && found[i].SentenceIndex >= index - 4; i--)
            if (found[i].Claim is { Unit: CountUnit.Cases, Metric: not (Metric.Convictions or Metric.AmnestyReturns) })
            {
                claim = found[i];
                break;
            }
        for (var j = index - 1; j >= 0 && j >= index - SuchReach && j > (claim?.SentenceIndex ?? -1); j--)
            if (reading.OffencesNamedIn(j, metrics) is [var named]) return named;
        return claim?.Claim.Metric;
    }

    // How many sentences back a named offence can be the antecedent of "such cases".
    private const int SuchReach = 6;

    // "…, and 85 of desertion": the figure is followed by the offence alone.
    [GeneratedRegex(@"^\s+(?:of|for)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OffenceOnlyAfter { get; }

    /// <summary>
    /// The label of a bare figure's slot in an elliptical list or table: "17,000 and 6,900
    /// respectively" and "Q1 — 39,884 / 6,702" take the k-th offence named in the nearest earlier
    /// sentence that names two or more ("under Article 407 ... and under Article 408", "(Art. 407 /
    /// Art. 408)"); "2,417 – under the second" takes the one its ordinal picks.
    /// </summary>
    private Metric? SlotMetric(ArticleReading reading, int index, string text, List<NumberMention> counts, int k)
    {
        int slot;
        var after = text.AsSpan(counts[k].End, Math.Min(text.Length, counts[k].End + 24) - counts[k].End);
        if (OrdinalSlot.Match(after.ToString()) is { Success: true } ordinal)
            slot = Array.IndexOf(SlotOrdinals, ordinal.Groups["nth"].Value.ToLowerInvariant());
        else if (counts.Count >= 2 && (Respectively.AnyIn(text) || SlashSeparated(text, counts)))
            slot = k;
        else return null;
        if (slot < 0) return null;
        for (var j = index - 1; j >= 0 && j >= index - 4; j--)
        {
            var labels = reading.OffencesNamedIn(j, metrics);
            if (labels.Count >= 2) return slot < labels.Count ? labels[slot] : null;
        }
        return null;
    }

    // "39 884 / 6 702": figures of one line joined by slashes, as in a table row.
    private static bool SlashSeparated(string text, List<NumberMention> counts)
    {
        for (var i = 1; i < counts.Count; i++)
        {
            var gap = text.AsSpan(counts[i - 1].End, counts[i].Start - counts[i - 1].End).Trim();
            if (gap is "/") return true;
        }
        return false;
    }

    private static readonly string[] SlotOrdinals = ["first", "second", "third", "fourth"];

    private static readonly Regex OrdinalSlot = new(@"^\s*[–—-]?\s*(?:under|for|in)\s+the\s+(?<nth>first|second|third|fourth)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // Page furniture lines: counters and separators of a byline or footer ("👁 3 412 | 💬 3", "© 2024",
    // an "18+" rating); emoji are surrogate pairs.
    private static bool IsFurniture(string text) =>
        text.AsSpan().IndexOfAny(FurnitureMarks) >= 0 || text.Contains("+", StringComparison.Ordinal) && PlusRating.IsMatch(text);

    private static readonly System.Buffers.SearchValues<char> FurnitureMarks = System.Buffers.SearchValues.Create("|©\uD83D");

    private static readonly Regex PlusRating = new(@"\d\+(?!\d)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly StartGate Respectively = new([@"\brespectively\b"], ignoreCase: true);

    // The latest figure with the value a part names as its total; looks back over a bounded number of figures.
    private static Claim? NamedTotal(List<Candidate> found, long? total)
    {
        if (total is not long value) return null;
        for (var i = found.Count - 1; i >= 0 && found.Count - i <= 40; i--)
            if (found[i].Claim.ValueLow == value || found[i].Claim.ValueHigh == value) return found[i].Claim;
        return null;
    }

    // The latest claim counting the group a part names; looks back over a bounded number of figures.
    private static Claim? LatestOf(List<Candidate> found, Metric metric)
    {
        for (var i = found.Count - 1; i >= 0 && found.Count - i <= 40; i--)
            if (found[i].Claim.Metric == metric) return found[i].Claim;
        return null;
    }

    // The last figure with a stated period, or the first of its sentence with the same months: a
    // total comes before its parts ("126,000 proceedings from January to July, 109,000 of them for absence").
    private static Claim? StatedTotal(List<Candidate> found, int fromSentence)
    {
        for (var i = found.Count - 1; i >= 0 && found[i].SentenceIndex >= fromSentence; i--)
        {
            if (!found[i].PeriodStated || found[i].PeriodRelative) continue;
            var j = i;
            while (j > 0 && found[j - 1].SentenceIndex == found[i].SentenceIndex && found[j - 1].PeriodStated
                && found[j - 1].Claim.PeriodStart == found[i].Claim.PeriodStart && found[j - 1].Claim.PeriodEnd == found[i].Claim.PeriodEnd) j--;
            return found[j].Claim;
        }
        return null;
    }

    // Looks back only over the figures of the last few sentences, so a huge article stays linear.
    private static Claim? LastStatedPeriod(List<Candidate> found, int fromSentence)
    {
        for (var i = found.Count - 1; i >= 0 && found[i].SentenceIndex >= fromSentence; i--)
            if (found[i].PeriodStated && !found[i].PeriodRelative) return found[i].Claim;
        return null;
    }

    // The previous sentence's closing date carries over ("Until Aug. 30, a program was in effect.
    // Over 21,000 people took advantage of it."); any other period only when this sentence points
    // back to that one ("it", "this program", "them").
    private IReadOnlyList<PeriodMention>? ContextPhrases(ArticleReading reading, int index)
    {
        var before = reading.TimePhrasesOf(index - 1, periods);
        if (before.Count == 0) return null;
        if (before.Any(m => m.Kind == PeriodKind.Until)) return before;
        return PointsBack.AnyIn(reading.Article.Sentences[index].Text) ? before : null;
    }

    // "active personnel are estimated at only 350,000": an estimate is approximate.
    private static Qualifier QualifierOf(string text, NumberMention m)
    {
        if (m.Qualifier != Qualifier.Exact) return m.Qualifier;
        var from = Math.Max(0, m.Start - 30);
        return EstimateCue.IsEstimate(text.AsSpan(from, m.Start - from)) ? Qualifier.Approx : Qualifier.Exact;
    }

    private static long? Round(decimal? value) =>
        value is decimal v ? (long)decimal.Round(v, 0, MidpointRounding.AwayFromZero) : null;

    // "of the 3,000 cases", "these 3,000 soldiers": the figure points at one the article stated.
    [GeneratedRegex(@"\b(?:the|these|those)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DefiniteBefore { get; }

    // Whole words: the gate reads them exactly.
    private static readonly StartGate PointsBack = new([@"\b(?:it|this|that|these|those|them|such|the\s+program(?:me)?|the\s+scheme)\b"], ignoreCase: true);
}
