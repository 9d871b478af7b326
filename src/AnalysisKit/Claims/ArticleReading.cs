using System.Text.RegularExpressions;
using AnalysisKit.Articles;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// What the extractor knows about one article beyond a single sentence: its paragraphs, its
/// dominant force, and who is speaking where. Attributions are read lazily, only around
/// sentences that hold claims, and cached; one instance serves one <c>Extract</c> call.
/// </summary>
internal sealed partial class ArticleReading
{
    // How far back a speaker or an antecedent is looked for.
    private const int Lookback = 6;

    // How many anaphoric links ("She ..." after "His analysis ..." after "X reported") are followed.
    private const int MaxDepth = 3;

    private readonly ForceRecognizer forces;
    private readonly AttributionRecognizer attributions;
    private readonly IReadOnlyList<Attribution>?[] attributionCache;
    private readonly IReadOnlyList<ForceRecognizer.Cue>?[] forceCache;
    private readonly IReadOnlyList<PeriodMention>?[] periodCache;
    private List<PeriodPoint>? datedStarts;
    private readonly IReadOnlyList<Metric>?[] offenceCache;
    private readonly string?[] speakerCache;
    private readonly bool[] speakerDone;
    private readonly Dictionary<string, (Regex Pattern, (PeriodPoint? After, PeriodPoint? Before)?[] Dates)> eventDates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> normalized = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int At, string Name)>> bodiesByHead = new(StringComparer.Ordinal);
    private readonly bool[] paragraphStart;
    private readonly int[] paragraphOf;
    private readonly int[] paragraphFirst;
    private readonly Lazy<Force> dominant;
    private readonly Lazy<Force?[]> paragraphCurrency;
    private readonly Lazy<Force?[]> sideScopes;
    private readonly Lazy<(string? Source, int Index)> lead;
    private readonly Lazy<bool> leadReleasesData;
    private readonly Lazy<string?[]> speakerLabels;
    private readonly Lazy<Dictionary<int, string>> turnSpeakers;

    public ArticleReading(Article article, ForceRecognizer forces, AttributionRecognizer attributions)
    {
        Article = article;
        this.forces = forces;
        this.attributions = attributions;
        attributionCache = new IReadOnlyList<Attribution>?[article.Sentences.Count];
        forceCache = new IReadOnlyList<ForceRecognizer.Cue>?[article.Sentences.Count];
        periodCache = new IReadOnlyList<PeriodMention>?[article.Sentences.Count];
        offenceCache = new IReadOnlyList<Metric>?[article.Sentences.Count];
        speakerCache = new string?[article.Sentences.Count * (MaxDepth + 1)];
        speakerDone = new bool[article.Sentences.Count * (MaxDepth + 1)];
        paragraphStart = ParagraphStarts(article);
        paragraphOf = new int[paragraphStart.Length];
        for (var i = 1; i < paragraphOf.Length; i++) paragraphOf[i] = paragraphOf[i - 1] + (paragraphStart[i] ? 1 : 0);
        paragraphFirst = Enumerable.Range(0, paragraphStart.Length).Where(i => paragraphStart[i]).ToArray();
        dominant = new Lazy<Force>(() => ForceRecognizer.Dominant(article.Sentences.Count, ForceCuesOf), LazyThreadSafetyMode.None);
        paragraphCurrency = new Lazy<Force?[]>(FindParagraphCurrencies, LazyThreadSafetyMode.None);
        sideScopes = new Lazy<Force?[]>(FindSideScopes, LazyThreadSafetyMode.None);
        lead = new Lazy<(string?, int)>(FindLead, LazyThreadSafetyMode.None);
        leadReleasesData = new Lazy<bool>(FindLeadReleasesData, LazyThreadSafetyMode.None);
        speakerLabels = new Lazy<string?[]>(FindSpeakerLabels, LazyThreadSafetyMode.None);
        turnSpeakers = new Lazy<Dictionary<int, string>>(FindTurnSpeakers, LazyThreadSafetyMode.None);
    }

    public Article Article { get; }

    /// <summary>
    /// The sentence whose attribution leads the article, when it speaks for the article's figures:
    /// not the outlet's own account of its method ("We analysed ...", "This brief draws on X's
    /// statistics"), unless a reporting or release verb names who released the data.
    /// </summary>
    public int? LeadIndex => lead.Value.Source is null ? null : lead.Value.Index;

    // The lead's source for a figure with none of its own. A lead that names no one ("officials
    // say", "analysts believe") speaks for its own paragraph only: an unattributed figure further
    // down is the outlet's, not "officials'".
    private string? LeadFor(int index) =>
        lead.Value.Source is { } source && (ParagraphOf(index) == ParagraphOf(lead.Value.Index) || SourceMatch.ProperNames(source).Count > 0)
            ? source
            : null;

    /// <summary>Whether the lead sentence names who released the data, so it speaks for figures stated after it.</summary>
    public bool LeadReleasesData => leadReleasesData.Value;

    // Read once: a long lead is not scanned again for every figure after it.
    private bool FindLeadReleasesData()
    {
        if (lead.Value.Source is null) return false;
        var text = Article.Sentences[lead.Value.Index].Text;
        return !OwnAccount().IsMatch(text) && ReleaseVerb().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:since|from|after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AnchorWord();

    [GeneratedRegex(@"^\W*(?:we|our)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex OwnAccount();

    [GeneratedRegex(@" \(via (?<who>[^()]+)\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ViaPart();

    /// <summary>
    /// Who released the data a methods sentence sets out ("The Office of the Prosecutor General has
    /// posted its report for May"), normalized; null when the sentence names no releaser.
    /// </summary>
    public string? ReleaserIn(int index)
    {
        var m = Releaser().Match(Article.Sentences[index].Text);
        if (!m.Success) return null;
        var name = AttributionRecognizer.Clean(m.Groups["name"].Value);
        return name.Length > 0 && Normalize(name) is { Length: > 0 } named ? named : null;
    }

    [GeneratedRegex(@"^\W*(?<name>(?:The\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’\-]*){0,6})\s+(?:(?:has|have|had)\s+)?(?:[\p{Ll}]+ly\s+)?(?:published|posted|released|issued)\s+(?:its|their|the|new)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Releaser();

    [GeneratedRegex(@"\b(?:report(?:s|ed)?|said|says|citing|cited|according\s+to|(?:has|have|had)\s+(?:[\p{Ll}]+\s+)?(?:published|posted|released|issued)|(?:published|posted|released|issued)\s+(?:its|their)|told)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ReleaseVerb();

    /// <summary>The number of the paragraph sentence <paramref name="index"/> belongs to, counted from 0.</summary>
    public int ParagraphOf(int index) => paragraphOf[index];

    /// <summary>A title line: the manifest's title, or an early line with no closing punctuation.</summary>
    public bool IsHeadline(int index)
    {
        var text = Article.Sentences[index].Text.Trim();
        if (text.Length == 0) return false;
        if (Article.Title.Length > 0 && text.Equals(Article.Title.Trim(), StringComparison.OrdinalIgnoreCase)) return true;
        return index < 5 && !".!?…\"”’)".Contains(text[^1]);
    }

    /// <summary>
    /// The figure's own sentence, then the previous sentence of its paragraph, then the currency its
    /// paragraph pays in, then the side its section opened with, then the article's dominant force.
    /// </summary>
    public Force ForceOf(int index, int figureStart, int figureEnd) =>
        forces.InSentence(Article.Sentences[index].Text, ForceCuesOf(index), figureStart, figureEnd)
        ?? (index > 0 && !paragraphStart[index] ? ForceCuesOf(index - 1).LastOrDefault(c => c.Explicit)?.Force : null)
        ?? paragraphCurrency.Value[paragraphOf[index]]
        ?? sideScopes.Value[index]
        ?? dominant.Value;

    // Per paragraph: the one currency its sentences pay in, if any.
    private Force?[] FindParagraphCurrencies()
    {
        var paragraphs = paragraphOf.Length == 0 ? 0 : paragraphOf[^1] + 1;
        var paid = new Force?[paragraphs];
        var mixed = new bool[paragraphs];
        for (var i = 0; i < Article.Sentences.Count; i++)
        {
            if (ForceRecognizer.PaidIn(Article.Sentences[i].Text) is not { } force) continue;
            var p = paragraphOf[i];
            if (paid[p] is { } known && known != force) mixed[p] = true;
            paid[p] = force;
        }
        for (var p = 0; p < paid.Length; p++) if (mixed[p]) paid[p] = null;
        return paid;
    }

    // Per sentence: the side the last section opener before or at it named, until a sentence names the other side.
    private Force?[] FindSideScopes()
    {
        var scopes = new Force?[Article.Sentences.Count];
        Force? open = null;
        for (var i = 0; i < scopes.Length; i++)
        {
            if (ForceRecognizer.SideOpened(Article.Sentences[i].Text) is { } side) open = side;
            else if (open is { } current && ForceCuesOf(i).Any(c => c.Explicit && c.Force != current)) open = null;
            scopes[i] = open;
        }
        return scopes;
    }

    /// <summary>The time phrases of a sentence, found once.</summary>
    public IReadOnlyList<PeriodMention> TimePhrasesOf(int index, PeriodResolver periods) =>
        periodCache[index] ??= StartsInYear(DateEvents(periods.Find(Article.Sentences[index].Text, Article.Published), index), periods);

    // Spec: of two start anchors the more specific (with a month) wins. "Since 2022" in an article
    // that elsewhere counts "since the invasion in February 2022" opens there; alone, in January.
    private IReadOnlyList<PeriodMention> StartsInYear(IReadOnlyList<PeriodMention> found, PeriodResolver periods)
    {
        if (!found.Any(m => m.YearOnly)) return found;
        datedStarts ??= periods.Find(Article.Text, Article.Published)
            // An anchor ("since ...", "from ..."), not a running total ("to date").
            .Where(m => m.Kind == PeriodKind.OpenEnded && !m.YearOnly && m.From is not null && AnchorWord().IsMatch(m.Text))
            .Select(m => m.From!.Value.AsMonth)
            .ToList();
        return found
            .Select(m => m.YearOnly && datedStarts.Where(d => d.Year == m.From?.Year).OrderBy(d => d.MonthIndex).FirstOrDefault() is { Month: > 0 } dated
                ? m with { From = dated }
                : m)
            .ToList();
    }

    // How many sentences either side are searched for the date of an event ("since the call-up began").
    private const int EventReach = 40;

    // "Since the call-up began" opens at the call-up's date when the article states it elsewhere
    // (nearest sentence before first, then after); undated, the phrase gives no period.
    private IReadOnlyList<PeriodMention> DateEvents(IReadOnlyList<PeriodMention> found, int index)
    {
        if (!found.Any(m => m.Event is not null)) return found;
        var sentences = Article.Sentences;
        // A date after the word ("was announced on 21 September") before one that leads its sentence.
        PeriodPoint? DateOf(string word)
        {
            foreach (var after in (bool[])[true, false])
            {
                for (var j = index - 1; j >= 0 && index - j <= EventReach; j--)
                    if (EventDatesIn(j, word) is var (a, b) && (after ? a : b) is { } earlier) return earlier;
                for (var j = index + 1; j < sentences.Count && j - index <= EventReach; j++)
                    if (EventDatesIn(j, word) is var (a, b) && (after ? a : b) is { } later) return later;
            }
            return null;
        }
        return found
            .Select(m => m.Event is { } word ? DateOf(word) is { } date ? m with { From = date } : null : m)
            .OfType<PeriodMention>()
            .ToList();
    }

    // How sentence j dates the event named by word, read once per word and sentence: the search
    // window of every event phrase overlaps its neighbours'.
    private (PeriodPoint? After, PeriodPoint? Before) EventDatesIn(int j, string word)
    {
        if (!eventDates.TryGetValue(word, out var known))
            eventDates[word] = known = (PeriodResolver.EventWord(word), new (PeriodPoint?, PeriodPoint?)?[Article.Sentences.Count]);
        return known.Dates[j] ??= PeriodResolver.EventDates(Article.Sentences[j].Text, known.Pattern, Article.Published);
    }

    /// <summary>
    /// The offences a sentence names, in order, each once per run ("under Article 407 (SZCh) and
    /// 17,296 under Article 408 (desertion)" → awol, desertion): the slots of an elliptical list after it.
    /// </summary>
    public IReadOnlyList<Metric> OffencesNamedIn(int index, MetricRecognizer metrics)
    {
        if (offenceCache[index] is { } known) return known;
        var text = Article.Sentences[index].Text;
        var named = new List<Metric>();
        foreach (var cue in metrics.Find(text, 0, text.Length))
            if (cue.Entry.Metric is Metric.Awol or Metric.Desertion or Metric.Other && (named.Count == 0 || named[^1] != cue.Entry.Metric))
                named.Add(cue.Entry.Metric.Value);
        return offenceCache[index] = named;
    }

    private IReadOnlyList<ForceRecognizer.Cue> ForceCuesOf(int index) =>
        forceCache[index] ??= forces.Find(Article.Sentences[index].Text);

    /// <summary>
    /// The source of a figure at <paramref name="figureStart"/> of sentence <paramref name="index"/>:
    /// the attribution before it in the sentence (else after it), the speaker carried over from the
    /// paragraph, the article's lead attribution, and last the outlet. Stated is false for the last two.
    /// </summary>
    public (string Source, bool Stated) SourceOf(int index, int figureStart, int previousFigureEnd = 0, int nextFigureStart = int.MaxValue)
    {
        var (source, stated) = OwnSourceOf(index, figureStart, previousFigureEnd, nextFigureStart);
        // "… 6,300 cases were opened. Those are the Prosecutor General's figures.": the sentence after
        // names whose figures they were.
        if (CitedAfter(index) is not { } cited) return (source, stated);
        if (!stated) return (cited, true);
        return source.Contains(cited, StringComparison.OrdinalIgnoreCase) || cited.Contains(source, StringComparison.OrdinalIgnoreCase)
            ? (source, true)
            : ($"{source} (citing {cited})", true);
    }

    // The owner a figure-free sentence right after this one gives the figures before it, in one paragraph.
    private string? CitedAfter(int index)
    {
        var next = index + 1;
        if (next >= Article.Sentences.Count || paragraphStart[next]) return null;
        var text = Article.Sentences[next].Text;
        if (!BackwardCue().IsMatch(text) || text.AsSpan().IndexOfAnyInRange('0', '9') >= 0) return null;
        return AttributionsOf(next).FirstOrDefault(a => a.Kind == AttributionKind.Named && !a.Scoped) is { } owner
            && Normalize(owner.Describe()) is { Length: > 0 } name
            ? name
            : null;
    }

    // "Those are the ministry's figures", "These numbers come from X", "The data are X's".
    [GeneratedRegex(@"^\W*(?:Those|These|That|This|The|Such|All\s+(?:those|these|the))\s+(?:(?:figures|numbers|data|statistics|counts?|estimates)\s+)?(?:are|were|is|was|come|came|comes)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex BackwardCue();

    private (string Source, bool Stated) OwnSourceOf(int index, int figureStart, int previousFigureEnd, int nextFigureStart)
    {
        var all = AttributionsOf(index);
        var spoken = all.Where(a => !a.Agentive).ToList();
        var here = spoken.Count > 0 ? spoken : all;
        var chosen = here.LastOrDefault(a => a.Start < figureStart);
        // "X puts the total at 40,000; courts convicted 6,900, according to Y": an attribution that
        // follows the figure before the next one is the figure's own, when the one before it
        // already served an earlier figure.
        if (chosen is not null && chosen.End <= previousFigureEnd
            && here.FirstOrDefault(a => a.Start > figureStart && a.Start < nextFigureStart && a.Kind == AttributionKind.Named) is { } trailing)
            chosen = trailing;
        chosen ??= here.FirstOrDefault();
        if (chosen is not null)
        {
            var described = chosen.Kind == AttributionKind.Anaphoric
                // "according to the court's case index": the court the article named before.
                ? (chosen.Head is { } head && NamedBodyBefore(head, Article.Sentences[index].Start + chosen.Start) is { } body
                    ? chosen.Describe(body)
                    // "Ukrainian officials said they had recorded ...", "The bureau opened 3,000 cases, the
                    // agency said": a pronoun names the speaker or actor just before it.
                    : chosen.Describe((here.LastOrDefault(a => a.Kind != AttributionKind.Anaphoric && a.Start < chosen.Start)
                            ?? all.LastOrDefault(a => a.Agentive && a.Kind == AttributionKind.Named && a.Start < chosen.Start))?.Describe()
                        ?? Antecedent(index, 0)))
                : chosen.Describe();
            if (described.Length > 0 && Normalize(described) is { Length: > 0 } named) return (named, true);
            // A name that is no name ("Desertion, ..., was recorded") leaves the figure to its paragraph.
            if (chosen.Kind != AttributionKind.Named) return LeadFor(index) is { } fallback ? (fallback, false) : (Article.Outlet, false);
        }
        if (speakerLabels.Value[index] is { } label)
            return (Normalize(label), true);
        // A member's turn speaks for what they say (quoted, or with "he said"), not for every figure
        // of a paragraph that opens with a person ("Taras Bilyk, a medic, left his unit in May. Some
        // 20,000 others have done the same.").
        var turnOfParagraph = TurnSpeaker(paragraphFirst[paragraphOf[index]]);
        var speaks = turnOfParagraph is null || SpeaksInTurn(index);
        if (paragraphStart[index] && speaks && turnOfParagraph is { } turn)
            return (turn, true);
        if (!paragraphStart[index] && SpeakerAfter(index - 1, 0) is { } carried && (speaks || carried != turnOfParagraph))
            return (carried, true);
        return LeadFor(index) is { } leadSource ? (leadSource, false) : (Article.Outlet, false);
    }

    private IReadOnlyList<Attribution> AttributionsOf(int index) =>
        attributionCache[index] ??= attributions.Find(Article.Sentences[index].Text);

    // The speaker in force after sentence j: its own, or the one its paragraph carries into it.
    private string? SpeakerAfter(int j, int depth)
    {
        // Memoized per (sentence, depth): a pure function of the article; the depth bounds the recursion.
        if (j < 0) return null;
        var slot = depth * speakerDone.Length / (MaxDepth + 1) + j;
        if (speakerDone[slot]) return speakerCache[slot];
        var speaker = FindSpeakerAfter(j, depth);
        speakerCache[slot] = speaker;
        speakerDone[slot] = true;
        return speaker;
    }

    private string? FindSpeakerAfter(int j, int depth)
    {
        for (var k = j; k >= 0 && j - k < Lookback; k--)
        {
            // An attribution scoped to its own figure ("by our count") speaks for no other.
            var here = AttributionsOf(k).Where(a => !a.Scoped).ToList();
            if (here.LastOrDefault(a => a.Kind != AttributionKind.Anaphoric) is { } named && Normalize(named.Describe()) is { Length: > 0 } name) return name;
            if (here.LastOrDefault() is { } anaphoric && depth < MaxDepth)
            {
                var described = anaphoric.Head is { } head && NamedBodyBefore(head, Article.Sentences[k].Start + anaphoric.Start) is { } body
                    ? anaphoric.Describe(body)
                    : anaphoric.Describe(Antecedent(k, depth + 1));
                if (described.Length > 0 && Normalize(described) is { Length: > 0 } resolved) return resolved;
            }
            // A debate turn: the member the paragraph opens with speaks through its "he said".
            if (paragraphStart[k]) return TurnSpeaker(k);
        }
        return null;
    }

    // "She also emphasized", "According to the source": the nearest speaker before, across paragraphs, else the lead.
    private string? Antecedent(int index, int depth)
    {
        for (var k = index - 1; k >= 0 && index - k <= Lookback; k--)
            if (SpeakerAfter(k, depth) is { } speaker) return speaker;
        return lead.Value.Source;
    }

    // The first named source in the opening sentences: "..., local media report, citing data from ...".
    private (string?, int) FindLead()
    {
        var seen = 0;
        for (var i = 0; i < Article.Sentences.Count && seen < 4; i++)
        {
            if (IsHeadline(i)) continue;
            seen++;
            if (AttributionsOf(i).FirstOrDefault(a => a.Kind != AttributionKind.Anaphoric && !a.Scoped) is { } first
                && Normalize(first.Describe()) is { Length: > 0 } named)
                return (named, i);
        }
        return (null, -1);
    }

    // An interview or transcript: paragraphs opening "Sosnovskyi: ..." are that speaker's. A label
    // counts when it opens at least two paragraphs (a dialogue, not a one-off "Note:") and is not
    // the outlet itself (the interviewer); it holds to the end of its paragraph.
    private string?[] FindSpeakerLabels()
    {
        var sentences = Article.Sentences;
        var opening = new string?[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
            if (paragraphStart[i] && SpeakerLabel().Match(sentences[i].Text) is { Success: true } m)
                opening[i] = m.Groups["label"].Value;
        // "Pavel Ilyin:" once, then "Ilyin:": one speaker, by surname, under the fullest label.
        var dialogue = opening.OfType<string>()
            .GroupBy(Surname, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2 && !g.Any(l => Article.Outlet.Contains(l, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(g => g.Key, g => g.MaxBy(l => l.Length)!, StringComparer.Ordinal);
        var labels = new string?[sentences.Count];
        string? current = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (paragraphStart[i]) current = opening[i] is { } l && dialogue.TryGetValue(Surname(l), out var full) ? full : null;
            labels[i] = current;
        }
        return labels;
    }

    private static string Surname(string label) => label[(label.LastIndexOf(' ') + 1)..];

    [GeneratedRegex(@"^\s*(?<label>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})\s*:\s+\S", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex SpeakerLabel();

    /// <summary>
    /// "Zakharova" → "Maria Zakharova" when the article names her in full; a bare state as speaker
    /// ("Ukraine officially reports") is its officials; "we" is the outlet.
    /// </summary>
    private string Normalize(string source)
    {
        if (normalized.TryGetValue(source, out var known)) return known;
        return normalized[source] = NormalizeOnce(source);
    }

    private string NormalizeOnce(string source)
    {
        var head = source.Split(" (", 2)[0];
        var rest = source[head.Length..];
        if (StateOfficials.TryGetValue(head, out var officials)) return $"{head} ({officials})" + rest;
        // "Desertion, which falls under ..., was recorded": a capitalised word the article also writes
        // in lower case is a common noun opening the sentence, not a name.
        if (!head.Contains(' ') && head.Length > 1 && char.IsUpper(head[0]) && IsCommonWord(head)) return "";
        // The agency that answered the outlet is the source, not the outlet it told.
        if (ViaPart().Match(rest) is { Success: true } via
            // The outlet itself ("Delta" for "Delta.News"), not an outlet the article cites.
            && (Article.Outlet.StartsWith(via.Groups["who"].Value, StringComparison.OrdinalIgnoreCase) || via.Groups["who"].Value.StartsWith(Article.Outlet, StringComparison.OrdinalIgnoreCase)
                // "told RCW" in the Regional Court Watch.
                || SourceMatch.IsAcronymOf(via.Groups["who"].Value, Article.Outlet)))
            rest = rest.Remove(via.Index, via.Length);
        // "prosecutors registered": the generic word stands for the body the article names.
        if (GenericBody(head) is { } generic && NamedBody(generic) is { } body) return body + rest;
        // "We estimate that ...": the outlet speaking for itself.
        if (head is "We" or "we") return Article.Outlet + rest;
        if (head.Length > 2 && !head.Contains(' ') && char.IsUpper(head[0]) && FullName(head) is { } full) return full + rest;
        return head + rest;
    }

    private bool IsCommonWord(string word)
    {
        var lower = char.ToLowerInvariant(word[0]) + word[1..];
        var text = Article.Text;
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end >= text.Length || !char.IsLetter(text[end]))) return true;
        }
        return false;
    }

    // "prosecutors", "Ukrainian prosecutors": the generic word, with a demonym or "the" before it.
    private static string? GenericBody(string head)
    {
        var words = head.Split(' ');
        if (!GenericBodies.Contains(words[^1])) return null;
        return words[..^1].All(w => w is "the" or "The" || Demonym().IsMatch(w)) ? words[^1] : null;
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|ch|i)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Demonym();

    // Generic words for a body, and the capitalised stem the body's name holds.
    private static readonly HashSet<string> GenericBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "prosecutors", "investigators", "the prosecutors", "the investigators",
    };

    // The first name in the article holding the word's stem ("prosecutors" → "Prosecutor General's
    // Office", "investigators" → "State Bureau of Investigation"), taken whole: the capitalised
    // words around the stem, with "of", "the" and a possessive inside.
    private string? NamedBody(string generic)
    {
        var word = generic.Split(' ')[^1];
        var stem = char.ToUpperInvariant(word[0]) + word[1..Math.Min(word.Length, 8)];
        var text = Article.Text;
        var at = text.IndexOf(stem, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsLetter(text[at - 1]))) return null;
        return NameAround(at);
    }

    // The name holding the capitalised head noun nearest before position end ("the court" → the
    // "Garrison Military Court" named before it); a bare "Court" opening a sentence is no name.
    private string? NamedBodyBefore(string head, int end)
    {
        if (!bodiesByHead.TryGetValue(head, out var bodies)) bodiesByHead[head] = bodies = BodiesNamed(head);
        // The last body named before end: one binary search, so a long article stays linear.
        int lo = 0, hi = bodies.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (bodies[mid].At < end) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : bodies[found].Name;
    }

    // Every name in the article holding the head noun capitalised, in order, found in one pass.
    private List<(int At, string Name)> BodiesNamed(string head)
    {
        var word = char.ToUpperInvariant(head[0]) + head[1..];
        var text = Article.Text;
        var bodies = new List<(int, string)>();
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var after = at + word.Length;
            if ((at > 0 && char.IsLetter(text[at - 1])) || (after < text.Length && char.IsLetter(text[after]))) continue;
            var name = NameAround(at);
            if (name.Contains(' ')) bodies.Add((at, name));
        }
        return bodies;
    }

    private string NameAround(int at)
    {
        var text = Article.Text;
        // Leftwards word by word over single spaces only: a line break or a dash ends the name.
        var left = new List<string>();
        for (var end = at; end >= 2 && text[end - 1] == ' ' && char.IsLetter(text[end - 2]) && left.Count < 6;)
        {
            var begin = end - 1;
            while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '\'' or '’')) begin--;
            var w = text[begin..(end - 1)];
            if (w is "of" or "the" || char.IsUpper(w[0])) left.Insert(0, w);
            else break;
            end = begin;
        }
        while (left.Count > 0 && (left[0] is "of" or "the" or "The" || !char.IsUpper(left[0][0]))) left.RemoveAt(0);
        var right = NameAfter().Match(text, at);
        var name = string.Join(" ", left.Append(right.Value));
        return name.Trim();
    }

    private bool SpeaksInTurn(int index)
    {
        var text = Article.Sentences[index].Text;
        return text.AsSpan().IndexOfAny("\"“”") >= 0 || PronounSpeech().IsMatch(text);
    }

    // Per paragraph start: the person it opens with, when the paragraph is their turn to speak.
    private string? TurnSpeaker(int index)
    {
        var turns = turnSpeakers.Value;
        return turns.TryGetValue(index, out var who) ? who : null;
    }

    // A debate or hearing: "Oleh Lytvyn, who chairs the working group, offered more detail. From
    // January, he said, ..." — a paragraph that opens with a person as its subject and goes on with
    // "he said"/"she said" is that person's turn. Without such a pronoun the opening name is only
    // what the paragraph is about, not who speaks in it.
    private Dictionary<int, string> FindTurnSpeakers()
    {
        var sentences = Article.Sentences;
        var turns = new Dictionary<int, string>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!paragraphStart[i] || TurnOpening().Match(sentences[i].Text) is not { Success: true } m) continue;
            var name = AttributionRecognizer.Clean(m.Groups["name"].Value);
            if (!PersonLike().IsMatch(name) || name.Split(' ').Any(w => NotPersonWords.Contains(w))) continue;
            for (var k = i; k < sentences.Count && (k == i || !paragraphStart[k]); k++)
                if (PronounSpeech().IsMatch(sentences[k].Text))
                {
                    turns[i] = Normalize(name);
                    break;
                }
        }
        return turns;
    }

    // A paragraph's subject: an optional lead-in ("Opening the debate,"), titles and a name, an
    // optional party or appositive, then a lower-case verb.
    [GeneratedRegex(@"^\W*(?:\p{Lu}\p{Ll}+ing\b[^,]{0,60},\s+)?(?<name>(?:\p{Lu}[\p{L}'’\-.]*\s+){1,5}?\p{Lu}[\p{L}'’\-]+)(?:\s+\([^()]{1,40}\))?(?:,[^,]{1,120},)?\s+(?:\p{Ll}+ly\s+)?\p{Ll}",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex TurnOpening();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?){1,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PersonLike();

    [GeneratedRegex(@"\b(?:he|she)\s+(?:(?:also|then|later|further)\s+)?(?:said|says|added|argued|noted|told|warned|insisted|claimed|stressed|explained|continued|replied|answered)\b|\baccording\s+to\s+(?:him|her)\b|\bin\s+(?:his|her)\s+words\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PronounSpeech();

    // Capitalised words of bodies, places and groups, which a person's name does not hold.
    private static readonly HashSet<string> NotPersonWords = new(StringComparer.Ordinal)
    {
        "Office", "Ministry", "Court", "Service", "Agency", "Bureau", "Committee", "Intelligence", "Institute", "Desk", "Lab",
        "Group", "News", "Review", "Monitor", "Council", "Forces", "Army", "Guard", "Staff", "Command", "Department", "Centre",
        "Center", "Project", "Union", "Party", "Parliament", "Government", "General", "Prosecutor", "Police", "Defence", "Defense",
        "Russian", "Ukrainian", "Russia", "Ukraine", "Kyiv", "Moscow", "Kremlin", "State", "National", "Military", "Media",
    };

    [GeneratedRegex(@"\G\p{Lu}\p{L}*(?:(?:['’]s)?\s+(?:of\s+(?:the\s+)?)?\p{Lu}\p{L}*)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex NameAfter();

    private string? FullName(string surname)
    {
        var text = Article.Text;
        for (var at = text.IndexOf(" " + surname, StringComparison.Ordinal); at > 0; at = text.IndexOf(" " + surname, at + 1, StringComparison.Ordinal))
        {
            var end = at + 1 + surname.Length;
            if (end < text.Length && char.IsLetter(text[end])) continue;
            var start = at;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-')) start--;
            var first = text[start..at];
            if (first.Length > 1 && char.IsUpper(first[0]) && !NotFirstNames.Contains(first)) return first + " " + surname;
        }
        return null;
    }

    private static readonly Dictionary<string, string> StateOfficials = new(StringComparer.Ordinal)
    {
        ["Ukraine"] = "Ukrainian officials", ["Kyiv"] = "Ukrainian officials",
        ["Russia"] = "Russian officials", ["Moscow"] = "Russian officials", ["Kremlin"] = "Russian officials",
    };

    // Capitalised words that may stand before a surname without being a first name.
    private static readonly HashSet<string> NotFirstNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "But", "And", "In", "On", "As", "By", "MP", "President", "Minister", "Spokesperson", "General",
        "Colonel", "Mr", "Ms", "Mrs", "Dr", "Deputy", "Commander", "Ukrainian", "Russian", "That", "This", "When", "While",
    };

    // A paragraph starts after a line break; when an article puts every sentence on its own line,
    // only blank lines separate paragraphs.
    private static bool[] ParagraphStarts(Article article)
    {
        var sentences = article.Sentences;
        var newlines = new int[sentences.Count];
        int sameLine = 0, nextLine = 0;
        for (var i = 1; i < sentences.Count; i++)
        {
            var gap = article.Text.AsSpan(sentences[i - 1].End, Math.Max(0, sentences[i].Start - sentences[i - 1].End));
            newlines[i] = gap.Count('\n');
            if (newlines[i] == 0) sameLine++;
            else if (newlines[i] == 1) nextLine++;
        }
        var linesAreSentences = sameLine * 4 < nextLine;
        var starts = new bool[sentences.Count];
        if (starts.Length > 0) starts[0] = true;
        for (var i = 1; i < sentences.Count; i++)
            starts[i] = linesAreSentences ? newlines[i] >= 2 : newlines[i] >= 1;
        return starts;
    }
}
