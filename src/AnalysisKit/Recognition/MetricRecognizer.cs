using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Decides whether a number counts soldiers or cases, and what: the counted noun right after the
/// number is the strongest evidence ("12,400 soldiers had deserted", "41,700 cases of desertion"),
/// then the nearest lexicon cue in the figure's segment, then in its window (the stretch of the
/// sentence up to the neighbouring figures). Holds the lexicon compiled into one pattern.
/// </summary>
internal sealed class MetricRecognizer
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
        // "30 cases per 1,000 soldiers": a rate per head, not a count.
        if (FigureCues.PerHeadAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(sentence.Length, figureEnd + 40) - figureEnd))) return null;
        var found = cues
            .Where(c => c.Start >= windowStart && c.End <= windowEnd && (c.End <= figureStart || c.Start >= figureEnd))
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

        var metricCues = found.Where(c => c.Entry.Metric is not null).ToList();
        // A figure's own label wins over a neighbour's (spec): "7,310 under Article 220 (desertion)" after
        // "(absence) and", "4,410 absence cases ... and issued verdicts": a cue across a joiner from the
        // figure belongs to the other figure when the figure has a label of its own.
        var own = head.Own ?? metricCues.Where(c => c.Start >= figureEnd && c.Start - figureEnd <= 40 && !Joined(c)).MinBy(c => c.Start);
        bool Near(Cue c) => own is null || !Joined(c);
        var chosen =
            metricCues.Where(c => c.Entry.Role == CueRole.Dominant && InSegment(c) && RawGap(c) <= 60 && Near(c)).MinBy(Gap)
            ?? (head.Noun is { Entry: { Metric: not null, Role: not CueRole.Weak } } ? head.Noun : null)
            ?? (own is { Entry.Role: not CueRole.Weak } && metricCues.Where(c => c.End <= figureStart && InSegment(c) && !Joined(c)).All(c => c.Entry.Role == CueRole.Weak) ? own : null)
            ?? metricCues.Where(c => c.Entry.Role != CueRole.Weak && InSegment(c) && RawGap(c) <= 150).MinBy(Gap)
            ?? metricCues.Where(c => c.Entry.Role != CueRole.Weak && RawGap(c) <= 100 && !AcrossClause(sentence, c)).MinBy(Gap)
            ?? metricCues.Where(c => c.Entry.Role == CueRole.Weak && (InSegment(c) || RawGap(c) <= 100)).MinBy(Gap);

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
        var persons = head.Noun is null && PersonVerbAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 60) - figureEnd));
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
        var underArticle = !unitStated && UnderArticleAfter.IsMatch(sentence.AsSpan(figureEnd, Math.Min(windowEnd, figureEnd + 20) - figureEnd));
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
        };

        bool Joined(Cue c) => c.Start >= figureEnd
            ? ListJoiner.IsMatch(sentence.AsSpan(figureEnd, c.Start - figureEnd))
            : ListJoiner.IsMatch(sentence.AsSpan(c.End, figureStart - c.End));

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
            if (Stopwords.Contains(word)) break;
            // "30 to 40 messages a day": a word of its own that is no cue; the figure is not bare.
            if (words == 0 && !passedCue && !such) worded = true;
        }
        return new Head(null, false, false, VerbAfter: passedCue, Worded: worded, Own: ownCue);
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

    private static readonly Regex NumberedItemBefore = Pattern(@"\b(?:table|form|chart|section|page|appendix|annex|item|point|line|row)\s+$");

    private static readonly Regex UnderArticleAfter = Pattern(@"^\s*[–—-]?\s*under\s+(?:the\s+)?(?:Articles?|Art\.|first|second|third)");

    private static readonly Regex PerDayAfter = Pattern(
        @"^[^.;:,]{0,45}?\b(?:(?:for\s+)?(?:every|each|per|a)\s+(?:single\s+)?(?:day|week|night)|daily|weekly|a\s+day)\b");

    private static readonly Regex ArticleAfterCases = Pattern(@"\b(?:cases|proceedings|verdicts|offen[cs]es|charges|convictions|sentences)\s+under\s+\d{3}$");

    // "one case out of ten": the denominator of a ratio.
    private static readonly Regex RatioBefore = Pattern(@"\b(?:out\s+of|one\s+in)\s+$");

    private static readonly Regex PerMonth = Pattern(@"^\s+month\b");

    // A new clause, or an event clause dating the figure (", after Putin announced mobilization").
    private static readonly Regex ClauseBreak = Pattern(@"[,;]\s*(?:and|while|but|whereas|yet|after|before|when|following)\b|;");

    // "the pace has slowed to", "the figure was", "the real number ... could be", "Estimates run from", "it was".
    private static readonly Regex BackReferenceBefore = Pattern(
        @"\b(?:the|this|that|its|their|our|his|her)\s+(?:[\w-]+\s+)?(?:figures?|number|pace|average|total|tally|count|rate|estimates?)\b(?!\s+of\b)|\bestimates\b|\bit\s+(?:was|is|stood|has\s+been|had\s+been|reached|rose|fell)\b");

    // "96,000 of which", "40 of the defendants": a part of the figure or group before.
    private static readonly Regex Anaphor = Pattern(@"^\s*(?:which|whom|them|these|those|the\s+(?:defendants|accused|convicted|sentenced|returnees|deserters|absentees|servicem[ae]n|soldiers|men))\b");

    // The figure is who was sentenced: "2,600 were sentenced", "1,900 of the defendants were found guilty".
    private static readonly Regex PersonVerbAfter = Pattern(
        @"^\s+(?:of\s+(?:them|whom|those|these|the\s+\w+)\s+)?(?:(?:were|was|have|has|had|been|being|are|later|then|also|already|subsequently|eventually)\s+){1,3}(?:sentenced|convicted|found\s+guilty|jailed|imprisoned|acquitted)\b");

    // "one in ten of the men"; "5,930 in 2021" is a figure and its year.
    private static readonly Regex RatioAfter = Pattern(@"^\s+(?:in|out\s+of)\s+(?:every\s+)?(?:(?!(?:19|20)\d\d\b)\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|hundred)\b");

    // "Of these, about 20,000 ...", "including 41,700": a part of the figure before.
    private static readonly Regex PartitiveBefore = Pattern(@"\b(?:(?:of|among)\s+(?:these|them|those|which|whom)|including)\W*$");

    // "That compares with 89,000", "up from 12,000": the same measure at another time.
    private static readonly Regex ComparativeBefore = Pattern(@"\b(?:compare[sd]?\s+(?:with|to)|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?)\W*$");

    private static readonly Regex NumberOf = Pattern(@"\b(?:number|total|tally|count|figure)\s+of\s+");

    // "and", "alongside", a comma or semicolon between a cue and a figure.
    private static readonly Regex ListJoiner = Pattern(@"\b(?:and|alongside|against|while|plus|as\s+well\s+as)\b|[,;]");

    private static readonly Regex Joiner = Pattern(@"^[\s()\[\],/]*(?:of\s+(?:a|the|their|his|its)\s+units?\s+)?(?:and|or|and/or|/)?[\s()\[\]/]*$");

    // "the average age of those killed just 35", "aged 18 to 60", "35 years old".
    // "aged 18 to 60", "the youngest was 19", "a man of 40 or 45".
    private static readonly Regex AgeBefore = Pattern(@"\b(?:age[ds]?|aged|youngest|oldest)\b[^.;]{0,30}$|\b(?:a|an)\s+(?:man|woman|boy|girl|soldier|person|youth)\s+of\s+(?:\d+\s+or\s+)?$");

    private static readonly Regex AgeAfter = Pattern(@"^(?:\s*years?\s+old|-years?-old)");

    private static Regex Pattern(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));
}
