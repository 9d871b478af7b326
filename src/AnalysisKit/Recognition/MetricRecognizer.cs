using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Decides whether a number counts soldiers or cases, and what: the counted noun right after the
/// number is the strongest evidence ("12,400 soldiers had deserted", "41,700 cases of desertion"),
/// then the nearest lexicon cue in the figure's segment, then in its window (the stretch of the
/// sentence up to the neighbouring figures). Holds the lexicon compiled into one pattern.
/// </summary>
internal sealed partial class MetricRecognizer
{
    private readonly AlternationMatcher cues = new(
        MetricLexicon.Entries.Select(e => "(?:" + e.Phrase + @")\b").ToList(),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A lexicon phrase found in a sentence.</summary>
    internal sealed record Cue(MetricCue Entry, int Start, int End);

    /// <summary>Every lexicon phrase in sentence[from..to).</summary>
    internal List<Cue> Find(string sentence, int from, int to)
    {
        var found = new List<Cue>();
        foreach (var hit in cues.Matches(sentence, from, to))
            if (hit.Match.Index + hit.Match.Length <= to)
                found.Add(new Cue(MetricLexicon.Entries[hit.Alternative], hit.Match.Index, hit.Match.Index + hit.Match.Length));
        return found;
    }

    /// <summary>
    /// What the figure at [figureStart, figureEnd) counts, reading only sentence[windowStart..windowEnd)
    /// (the caller stops the window at neighbouring figures); null when it counts nothing the spec tracks.
    /// </summary>
    public MetricReading? Read(string sentence, int figureStart, int figureEnd, int windowStart, int windowEnd) =>
        Read(sentence, figureStart, figureEnd, windowStart, windowEnd, Find(sentence, windowStart, windowEnd));

    /// <summary>
    /// As above, with the cues of the whole sentence found once for all its figures. No cue holds a
    /// counted figure, so the window's cues are the sentence's cues inside it.
    /// </summary>
    internal MetricReading? Read(string sentence, int figureStart, int figureEnd, int windowStart, int windowEnd, IReadOnlyList<Cue> cues)
    {
        if (IsAge(sentence, figureStart, figureEnd, windowStart)) return null;
        // "1,200 volunteers every day", "1,000 men a week": per-day and per-week rates are no claims (spec).
        if (PerDayAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 60) - figureEnd))) return null;
        // "table 1", "form 10": a numbered item of the source, not a count.
        if (NumberedItemBefore.IsMatch(sentence.AsSpan(Math.Max(windowStart, figureStart - 12), figureStart - Math.Max(windowStart, figureStart - 12)))) return null;
        // "a country of 38 million people", "a poll of 1,200 soldiers": a population or a sample, not a count of what happened.
        if (FigureCues.PopulationBefore.IsMatch(sentence.AsSpan(Math.Max(windowStart, figureStart - 40), figureStart - Math.Max(windowStart, figureStart - 40)))) return null;
        // "verdicts under 407": a bare article number after a noun of cases.
        if (ArticleAfterCases.IsMatch(sentence.AsSpan(Math.Max(windowStart, figureStart - 30), figureEnd - Math.Max(windowStart, figureStart - 30)))) return null;
        // "one in ten of the men": a ratio, not a count.
        if (RatioAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(sentence.Length, figureEnd + 24) - figureEnd))) return null;
        // "Every day, 1,000 soldiers leave": the rate stated before the figure.
        if (FigureCues.PerDayBefore.IsMatch(sentence.AsSpan(Math.Max(windowStart, figureStart - 30), figureStart - Math.Max(windowStart, figureStart - 30)))) return null;
        var before100 = sentence.AsSpan(Math.Max(windowStart, figureStart - 100), figureStart - Math.Max(windowStart, figureStart - 100));
        if (FigureCues.PerDayNounBefore.IsMatch(before100) || FigureCues.ChartScaleBefore.IsMatch(before100)) return null;
        // "30 cases per 1,000 soldiers": a rate per head, not a count.
        if (FigureCues.PerHeadAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(sentence.Length, figureEnd + 40) - figureEnd))) return null;
        var found = cues
            .Where(c => c.Start >= windowStart && c.End <= windowEnd && (c.End <= figureStart || c.Start >= figureEnd)
                && !IsTimeAnchor(sentence, c) && !AcrossFootnote(sentence, c, figureStart, figureEnd))
            .ToList();
        var head = ScanHead(sentence, figureEnd, windowEnd, found);
        if (head.Rejected) return null;
        var before = sentence.AsSpan(Math.Max(windowStart, figureStart - 40), figureStart - Math.Max(windowStart, figureStart - 40));
        var anaphoric = head.Anaphoric || PartitiveBefore.IsMatch(before);
        // "account for another 387": a further figure of the measure before, when no noun of its own follows.
        var comparative = !anaphoric && (ComparativeBefore.IsMatch(before) || head is { Noun: null, VerbAfter: false } && FigureCues.AnotherBefore.IsMatch(before));

        var (segStart, segEnd) = Segments.Around(sentence, figureStart, figureEnd);
        int RawGap(Cue c) => c.Start >= figureEnd ? c.Start - figureEnd : figureStart - c.End;
        // Words after the number describe it more often than words before ("deserters had left").
        int Gap(Cue c) => c.Start >= figureEnd ? c.Start - figureEnd : (figureStart - c.End) * 3 / 2;
        bool InSegment(Cue c) => c.Start >= segStart && c.End <= segEnd;

        // "30,000 people, a drop compared with the real losses", "380,000 men — enough to replace losses":
        // a cue after a comparison or a purpose belongs to the thing compared, not to the figure.
        var metricCues = found.Where(c => c.Entry.Metric is not null
            && !(c.Start >= figureEnd && ComparedAfter.IsMatch(sentence.AsSpan(figureEnd, c.Start - figureEnd)))).ToList();
        // A figure's own label wins over a neighbour's (spec): "7,310 under Article 220 (desertion)" after
        // "(absence) and", "4,410 absence cases ... and issued verdicts": a cue across a joiner from the
        // figure belongs to the other figure when the figure has a label of its own.
        var own = head.Own ?? metricCues.Where(c => c.Start >= figureEnd && c.Start - figureEnd <= 40 && !Joined(c)).MinBy(c => c.Start);
        bool Near(Cue c) => own is null || !Joined(c);
        // "47 conscripts died", "300 recruits fled their units": a noun that says who the people are
        // yields to the verb that says what happened to them.
        var happened = head.Noun is { Entry.Metric: Metric.Mobilization } who
            ? metricCues.Where(c => c.Start >= who.End && c.Start - who.End <= 30 && c.Entry.Metric is not (Metric.Mobilization or Metric.Personnel)
                && c.Entry.Role is CueRole.Specific && !Joined(c) && !AcrossClause(sentence, c)).MinBy(c => c.Start)
            : null;
        // "640 servicemen who had come back ... left their units again": the relative clause says who
        // the people are, the verb after it what is counted.
        Cue? mainVerb = null;
        if (head.Noun is { } subject && RelativeAfter.IsMatch(sentence.AsSpan(subject.End, Math.Min(windowEnd, subject.End + 12) - subject.End)))
        {
            var inClause = metricCues.Where(c => c.Start >= subject.End && c.Start - subject.End <= 40 && c.Entry.Role is CueRole.Specific or CueRole.Dominant).MinBy(c => c.Start);
            mainVerb = inClause is null ? null : metricCues.Where(c => c.Start > inClause.End && c.Start - inClause.End <= 60
                && c.Entry.Role is CueRole.Specific or CueRole.Dominant && c.Entry.Metric != inClause.Entry.Metric
                && !ClauseBreak.IsMatch(sentence.AsSpan(inClause.End, c.Start - inClause.End))
                && !ListJoiner.IsMatch(sentence.AsSpan(inClause.End, c.Start - inClause.End))).MinBy(c => c.Start);
        }
        var chosen = mainVerb
            ?? metricCues.Where(c => c.Entry.Role == CueRole.Dominant && InSegment(c) && RawGap(c) <= 60 && Near(c)).MinBy(Gap)
            ?? happened
            ?? (head.Noun is { Entry: { Metric: not null, Role: not CueRole.Weak } } ? head.Noun : null)
            ?? (own is { Entry.Role: not CueRole.Weak } && metricCues.Where(c => c.End <= figureStart && InSegment(c) && !Joined(c)).All(c => c.Entry.Role == CueRole.Weak) ? own : null)
            ?? metricCues.Where(c => c.Entry.Role != CueRole.Weak && InSegment(c) && RawGap(c) <= 150).MinBy(Gap)
            ?? metricCues.Where(c => c.Entry.Role != CueRole.Weak && RawGap(c) <= 100 && !AcrossClause(sentence, c)).MinBy(Gap)
            ?? metricCues.Where(c => c.Entry.Role == CueRole.Weak && (InSegment(c) || RawGap(c) <= 100)).MinBy(Gap)
            // "Refusals to obey, the charge used against those who will not fight, account for another
            // 90": the first figure of its sentence adds more of what the sentence's subject names,
            // however long the aside between them.
            ?? (comparative && windowStart == 0 && FigureCues.AnotherBefore.IsMatch(before)
                ? metricCues.Where(c => c.End <= figureStart && c.Entry.Role != CueRole.Weak && !AcrossClause(sentence, c)).MinBy(c => c.Start)
                : null);

        var unitCue = head.Noun ?? NumberOfNoun(sentence, found, Math.Max(segStart, windowStart), figureStart);
        // "Disobedience cases ... are far fewer, about 2,300": with no noun after it, the figure counts
        // the nearest counted noun before it (no other figure between, as the window ends there).
        var unitBefore = unitCue is null && head.Unit is null && !head.VerbAfter
            ? found.Where(c => c.Entry.IsNoun && c.Entry.Unit is not null && c.End <= figureStart).MaxBy(c => c.End) is { } noun
                && !AcrossClause(sentence, noun) ? noun : null
            : null;
        var unit = head.Unit ?? unitCue?.Entry.Unit ?? unitBefore?.Entry.Unit ?? CountUnit.Persons;
        // "17,000 abandoned their unit": a verb right after the number makes its subject people.
        var unitStated = head.Unit is not null || head.VerbAfter || unitCue is not null || unitBefore is not null;
        // "2,600 were sentenced", "1,900 of the defendants were found guilty": people are sentenced,
        // so verdicts count persons when the figure is the one sentenced (spec).
        // "40 of the defendants had been mobilised": a part named as people counts people (spec).
        var persons = head.Noun is null && (PersonVerbAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 60) - figureEnd))
            || PeoplePartAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 40) - figureEnd)));
        if (persons)
        {
            unit = CountUnit.Persons;
            unitStated = true;
        }

        Metric? metric = chosen?.Entry.Metric;
        if (chosen is not null && metric is Metric.Awol or Metric.Desertion && NamesBoth(sentence, metricCues, chosen))
            metric = Metric.AwolOrDesertion;

        // "the pace has slowed to roughly 3,000 a month", "it was about 21,000": the measure before.
        var clauseStart = Math.Max(segStart, windowStart);
        var backReference = metric is null && !anaphoric && !comparative
            && BackReferenceBefore.IsMatch(sentence.AsSpan(clauseStart, figureStart - clauseStart));
        // "17,296 under Article 408": a figure under a law article counts cases.
        // "and, under the desertion article, 13 680": the article named right before the bare figure.
        var underArticle = !unitStated && UnderArticleAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 20) - figureEnd))
            || unitCue is null && head is { Unit: null, VerbAfter: false } && !persons
                && UnderArticleBefore.IsMatch(sentence.AsSpan(ArticleFrom(), figureStart - ArticleFrom()));
        if (underArticle)
        {
            unit = CountUnit.Cases;
            unitStated = true;
        }
        var elliptical = metric is null && !anaphoric && !comparative && !backReference && (!unitStated || underArticle) && head is { Noun: null, Worded: false }
            && !RatioBefore.IsMatch(before);
        if (metric is null && !anaphoric && !comparative && !backReference && unit != CountUnit.Cases && !elliptical) return null;

        var spanStart = figureStart;
        var spanEnd = figureEnd;
        foreach (var used in new[] { chosen, unitCue })
            if (used is { } u)
            {
                spanStart = Math.Min(spanStart, u.Start);
                spanEnd = Math.Max(spanEnd, u.End);
            }
        return new MetricReading(metric, unit, anaphoric, spanStart, spanEnd, comparative)
        {
            BackReference = backReference,
            UnitStated = unitStated,
            Elliptical = elliptical,
            PersonsStated = persons,
            Such = head.Such,
            OwnNoun = head.Noun is not null,
        };

        int ArticleFrom() => Math.Max(windowStart, figureStart - 50);

        // "verdicts against 2,500 servicemen": "against" right after a verdict names who was judged, no list.
        bool Joined(Cue c) => c.Start >= figureEnd
            ? ListJoiner.IsMatch(sentence.AsSpan(figureEnd, c.Start - figureEnd))
            : ListJoiner.IsMatch(sentence.AsSpan(c.End, figureStart - c.End))
                && !(c.Entry.Metric == Metric.Convictions && VerdictAgainst.IsMatch(sentence.AsSpan(c.End, figureStart - c.End)));

        // A cue in another clause (", and ...", ", while ...", ";") says nothing about this figure.
        bool AcrossClause(string s, Cue c) => c.Start >= figureEnd
            ? ClauseBreak.IsMatch(s.AsSpan(figureEnd, c.Start - figureEnd))
            : ClauseBreak.IsMatch(s.AsSpan(c.End, figureStart - c.End));
    }

    private readonly record struct Head(Cue? Noun, bool Rejected, bool Anaphoric, CountUnit? Unit = null, bool VerbAfter = false, bool Such = false, bool Worded = false, Cue? Own = null);

    // The words right after the number up to the first function word: the counted noun
    // ("118,000 Russian soldiers", "350,000 open and ongoing cases"), a non-count noun that rules the
    // figure out ("150 tanks", "24 hours", "28-point"), or "of which" (a part of the previous figure).
    private static Head ScanHead(string s, int at, int end, List<Cue> found)
    {
        var p = at;
        var passedCue = false;
        var such = false;
        var worded = false;
        Cue? ownCue = null;
        if (p < end && s[p] == '-' && p + 1 < end && char.IsLetter(s[p + 1])) p++;
        for (var words = 0; words < 5 && p < end; words++)
        {
            while (p < end && (char.IsWhiteSpace(s[p]) || s[p] is '‘' or '’' or '\'' or '"' or '“' or '”')) p++;
            if (p >= end || !char.IsLetter(s[p])) break;
            var wordStart = p;
            while (p < end && (char.IsLetter(s[p]) || s[p] is '-' or '\'' or '’')) p++;
            var word = s[wordStart..p];

            var atCue = found.Find(c => c.Start == wordStart);
            if (atCue is { Entry.IsNoun: true })
            {
                // "5,100 desertion proceedings", "487 desertion verdicts": a metric noun before a noun of
                // cases names the offence, not the unit.
                var next = atCue.Entry.Metric is null ? null : found.Find(c => c.Start > atCue.End && c.Start - atCue.End <= 2
                    && c.Entry is { IsNoun: true, Unit: CountUnit.Cases });
                // "desertion verdicts" are verdicts: the noun of cases that follows is what is counted.
                if (next is { Entry.Metric: not null }) atCue = next;
                return new Head(atCue, false, false, next?.Entry.Unit ?? atCue.Entry.Unit, Such: such, Own: ownCue ?? (atCue.Entry.Metric is not null ? atCue : null));
            }
            if (word.Equals("such", StringComparison.OrdinalIgnoreCase))
            {
                such = true;
                continue;
            }
            if (atCue is not null)
            {
                // A metric word in noun position ("12,400 SZCh proceedings", "17,000 abandoned their
                // unit"): look on for the noun, but what follows can no longer rule the figure out.
                passedCue = true;
                ownCue ??= atCue.Entry.Metric is not null ? atCue : null;
                p = Math.Max(p, atCue.End);
                continue;
            }
            // "15-20 thousand per month" is a rate of people; "per cent", "per day" are not counts.
            if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && PerMonth.IsMatch(s.AsSpan(p, Math.Min(end, p + 8) - p))) break;
            if (!passedCue && MetricLexicon.NotCounted.Contains(word)) return new Head(null, true, false);
            if (word.Equals("of", StringComparison.OrdinalIgnoreCase))
                return new Head(null, false, Anaphor.IsMatch(s.AsSpan(p, Math.Min(end, p + 24) - p)));
            // "2,480 absence and desertion proceedings": two offences before one noun.
            // "47,000 open and ongoing cases": two describing words before one noun.
            if ((passedCue || worded) && words <= 2 && word is "and" or "or" && NextWordIsCue(s, p, end, found)) continue;
            if (Stopwords.Contains(word)) break;
            // "30 to 40 messages a day": a word of its own that is no cue; the figure is not bare.
            if (words == 0 && !passedCue && !such) worded = true;
        }
        return new Head(null, false, false, VerbAfter: passedCue, Worded: worded, Own: ownCue);
    }

    // The word after p starts a metric cue, or the word after it starts a counted noun ("and ongoing cases").
    private static bool NextWordIsCue(string s, int p, int end, List<Cue> found)
    {
        while (p < end && char.IsWhiteSpace(s[p])) p++;
        if (found.Exists(c => c.Start == p && c.Entry.Metric is not null)) return true;
        var wordStart = p;
        while (p < end && char.IsLetter(s[p])) p++;
        if (p == wordStart || Stopwords.Contains(s[wordStart..p])) return false;
        while (p < end && char.IsWhiteSpace(s[p])) p++;
        return found.Exists(c => c.Start == p && c.Entry.IsNoun);
    }

    // "the number of criminal cases involving deserters has ... may reach 300,000": the noun after
    // "number of" is what the figure counts.
    private static Cue? NumberOfNoun(string s, List<Cue> found, int from, int figureStart)
    {
        var last = -1;
        for (var m = NumberOf.Match(s, from, figureStart - from); m.Success; m = m.NextMatch()) last = m.Index + m.Length;
        if (last < 0) return null;
        return found.Where(c => c.Start >= last && c.End <= figureStart && c.Entry.IsNoun).MinBy(c => c.Start);
    }

    // "unauthorized absence ... (AWOL) and desertion": both offences named together, next to the chosen cue.
    private static bool NamesBoth(string s, List<Cue> cues, Cue chosen)
    {
        var near = cues.Where(c => c.Entry.Metric is Metric.Awol or Metric.Desertion
            && Math.Max(c.Start - chosen.End, chosen.Start - c.End) <= 80).ToList();
        foreach (var a in near.Where(c => c.Entry.Metric == Metric.Awol))
            foreach (var d in near.Where(c => c.Entry.Metric == Metric.Desertion))
            {
                var (first, second) = a.End <= d.Start ? (a, d) : (d, a);
                if (second.Start - first.End is >= 0 and <= 30 && Joiner.IsMatch(s.AsSpan(first.End, second.Start - first.End)))
                    return true;
            }
        return false;
    }

    private static bool IsAge(string s, int figureStart, int figureEnd, int windowStart)
    {
        var from = Math.Max(windowStart, figureStart - 40);
        return AgeBefore.IsMatch(s.AsSpan(from, figureStart - from))
            || AgeAfter.IsMatch(s.AsSpan(figureEnd, Math.Min(s.Length, figureEnd + 12) - figureEnd))
            // "men were drafted in error, some of them over 60": a part of a group past an age.
            || FigureCues.HedgedTwoDigits.IsMatch(s.AsSpan(figureStart, figureEnd - figureStart)) && FigureCues.PartOfGroupBefore.IsMatch(s.AsSpan(from, figureStart - from));
    }

    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "have", "has", "had", "were", "was", "are", "is", "be", "been", "being", "will", "would", "may", "might", "could",
        "can", "in", "on", "at", "by", "for", "from", "to", "with", "without", "since", "during", "per", "each", "every",
        "a", "an", "the", "this", "that", "these", "those", "their", "his", "her", "its", "our", "who", "which", "whom",
        "whose", "alone", "over", "under", "between", "than", "as", "more", "less", "last", "this", "over", "until", "by",
        "and", "or", "but", "against", "respectively", "so", "far", "all", "total", "together", "got", "now", "then",
        // A verb that repeats the one before ("about 300 did so") or only reports it leaves the figure bare.
        "did", "do", "does", "reported", "registered", "recorded", "logged",
    };

    [GeneratedRegex(@"\b(?:table|form|chart|section|page|appendix|annex|item|point|line|row)\s+$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NumberedItemBefore { get; }

    [GeneratedRegex(@"^\s+against\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|roughly)\s+)?$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex VerdictAgainst { get; }

    [GeneratedRegex(@"^\s+of\s+(?:the|these|those|all)\s+(?:\w+\s+)?(?:defendants|accused|convicts|returnees|deserters|absentees|servicem[ae]n|soldiers|men|people|recruits|conscripts|detainees)\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PeoplePartAfter { get; }

    [GeneratedRegex(@"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|enough\s+to|in\s+order\s+to|so\s+as\s+to|to\s+(?:replace|offset|make\s+up\s+for|cover))\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ComparedAfter { get; }

    [GeneratedRegex(@"^\s*,?\s*(?:who|that)\s", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex RelativeAfter { get; }

    [GeneratedRegex(@"\bunder\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}articles?|(?:Articles?|Art\.)\s*\d+[\w.]*(?:\s*\([^()]{1,40}\))?)\s*[,:–—-]?\s*$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex UnderArticleBefore { get; }

    // "… at 40,000–50,000.[3] Russian garrison courts convicted …": a footnote mark after a full stop
    // ends the sentence even where the text runs on, so a cue past it says nothing about the figure.
    private static bool AcrossFootnote(string s, Cue c, int figureStart, int figureEnd)
    {
        var (from, to) = c.Start >= figureEnd ? (figureEnd, c.Start) : (c.End, figureStart);
        return to > from && s.AsSpan(from, to - from).Contains(".[", StringComparison.Ordinal) && FootnoteBreak.IsMatch(s.AsSpan(from, to - from));
    }

    [GeneratedRegex(@"[.!?](?:\[\d{1,3}\])+\s+(?-i:\p{Lu})", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex FootnoteBreak { get; }

    // "since mobilisation began", "after the call-up", "when Moscow announced its mobilisation": an event
    // that dates the figure, not what it counts.
    private static bool IsTimeAnchor(string s, Cue c)
    {
        if (c.Entry.Metric is not Metric.Mobilization || c.Entry.IsNoun) return false;
        var from = Math.Max(0, c.Start - 40);
        return AnchorBefore.IsMatch(s.AsSpan(from, c.Start - from))
            || AnchorAfter.IsMatch(s.AsSpan(c.End, Math.Min(s.Length, c.End + 24) - c.End));
    }

    [GeneratedRegex(@"\b(?:since|after|before|until|till|following|amid|during|(?:start|beginning|launch|outset|announcement|wave|round)\s+of|announc(?:ed|ing|es)|declar(?:ed|ing|es))\s+(?:(?:the|its|a|his|their|Russia['’]s|Ukraine['’]s|partial|general|full|first|second|new|last|latest|autumn|spring|\w+['’]s)\s+){0,3}$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AnchorBefore { get; }

    [GeneratedRegex(@"^\s+(?:(?:was|were|had|has)\s+)?(?:began|begun|started|announced|declared|launched|took\s+effect|of\s+(?:September|autumn|fall|spring)\b)", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AnchorAfter { get; }

    [GeneratedRegex(@"^\s*[–—-]?\s*under\s+(?:the\s+)?(?:Articles?|Art\.|first|second|third)", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex UnderArticleAfter { get; }

    [GeneratedRegex(
        @"^[^.;:,]{0,45}?\b(?:(?:for\s+)?(?:every|each|per|a)\s+(?:single\s+)?(?:day|week|night)|daily|weekly|a\s+day)\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PerDayAfter { get; }

    [GeneratedRegex(@"\b(?:cases|proceedings|verdicts|offen[cs]es|charges|convictions|sentences)\s+under\s+\d{3}$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ArticleAfterCases { get; }

    // "one case out of ten": the denominator of a ratio.
    [GeneratedRegex(@"\b(?:out\s+of|one\s+in)\s+$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex RatioBefore { get; }

    [GeneratedRegex(@"^\s+month\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PerMonth { get; }

    // A new clause, or an event clause dating the figure (", after Putin announced mobilization").
    [GeneratedRegex(@"[,;]\s*(?:and|while|but|whereas|yet|after|before|when|following)\b|;", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ClauseBreak { get; }

    // "the pace has slowed to", "the figure was", "the real number ... could be", "Estimates run from", "it was".
    [GeneratedRegex(
        @"\b(?:the|this|that|its|their|our|his|her)\s+(?:[\w-]+\s+)?(?:figures?|number|pace|average|total|tally|count|rate|estimates?)\b(?!\s+of\b)|\bestimates\b|\bit\s+(?:was|is|stood|has\s+been|had\s+been|reached|rose|fell)\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex BackReferenceBefore { get; }

    // "96,000 of which", "40 of the defendants": a part of the figure or group before.
    [GeneratedRegex(@"^\s*(?:which|whom|them|these|those|the\s+(?:defendants|accused|convicted|sentenced|returnees|deserters|absentees|servicem[ae]n|soldiers|men))\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Anaphor { get; }

    // The figure is who was sentenced: "2,600 were sentenced", "1,900 of the defendants were found guilty".
    [GeneratedRegex(
        @"^\s+(?:of\s+(?:them|whom|those|these|the\s+\w+)\s+)?(?:(?:were|was|have|has|had|been|being|are|later|then|also|already|subsequently|eventually)\s+){1,3}(?:sentenced|convicted|found\s+guilty|jailed|imprisoned|acquitted)\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PersonVerbAfter { get; }

    // "one in ten of the men"; "5,930 in 2021" is a figure and its year.
    [GeneratedRegex(@"^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|hundred)\b", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex RatioAfter { get; }

    // "Of these, about 20,000 ...", "including 41,700": a part of the figure before.
    [GeneratedRegex(@"\b(?:(?:of|among)\s+(?:these|them|those|which|whom)|including)\W*$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PartitiveBefore { get; }

    // "That compares with 89,000", "up from 12,000": the same measure at another time.
    [GeneratedRegex(@"\b(?:compare[sd]?\s+(?:with|to)|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\W*$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ComparativeBefore { get; }

    [GeneratedRegex(@"\b(?:number|total|tally|count|figure)\s+of\s+", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NumberOf { get; }

    // "and", "alongside", a comma or semicolon between a cue and a figure.
    [GeneratedRegex(@"\b(?:and|alongside|against|while|plus|as\s+well\s+as)\b|[,;]", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ListJoiner { get; }

    [GeneratedRegex(@"^[\s()\[\],/]*(?:of\s+(?:a|the|their|his|its)\s+units?\s+)?(?:and|or|and/or|/)?[\s()\[\]/]*$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Joiner { get; }

    // "the average age of those killed just 35", "aged 18 to 60", "35 years old".
    // "aged 18 to 60", "the youngest was 19", "a man of 40 or 45", "the average recruit was 29".
    [GeneratedRegex(@"\b(?:age[ds]?|aged|youngest|oldest)\b[^.;]{0,30}$|\b(?:average|typical|median)\s+(?:[\w-]+\s+){0,2}(?:soldier|serviceman|servicewoman|defendant|deserter|recruit|conscript|returnee|convict|man|woman|person)\s+(?:was|is)\s+(?:about\s+|around\s+|just\s+)?$|\b(?:a|an)\s+(?:man|woman|boy|girl|soldier|person|youth)\s+of\s+(?:\d+\s+or\s+)?$", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AgeBefore { get; }

    [GeneratedRegex(@"^(?:\s*years?\s+old|-years?-old)", Options, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AgeAfter { get; }

    // Source-generated (compiled at build time): as fast as RegexOptions.Compiled, without its JIT at start-up.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
}
