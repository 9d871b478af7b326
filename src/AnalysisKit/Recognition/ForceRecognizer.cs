using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Whose soldiers a figure is about. Explicit cues name a force's soldiers or bodies ("Russian
/// soldiers", "the Ukrainian military", "AFU", "Central Military District"); reporter cues name
/// who watches the other side (HUR, Ukrainian intelligence and independent Russian media report on Russians) and
/// count for less than explicit ones. Nations alone ("Ukraine", "Russian Foreign Ministry") say
/// nothing about whose soldiers are counted.
/// </summary>
internal sealed partial class ForceRecognizer
{
    /// <summary>A force cue in a text.</summary>
    internal sealed record Cue(Force Force, int Start, int End, bool Explicit);

    /// <summary>Every force cue in text[from..to).</summary>
    public List<Cue> Find(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var found = new List<Cue>();
        foreach (var hit in matcher.Matches(text, from, to))
            found.Add(new Cue(hit.Alternative is Ua or UaState or UaOwn or UaCountry ? Force.UA : Force.RU, hit.Match.Index, hit.Match.Index + hit.Match.Length,
                hit.Alternative is not (Reporter or RuState or UaState)));
        return found;
    }

    /// <summary>
    /// The force a sentence assigns to the figure at [figureStart, figureEnd): the nearest explicit
    /// cue in its segment, then anywhere in the sentence, then a reporter cue; null when the
    /// sentence names none (the caller looks at the neighbours, then the article).
    /// </summary>
    public Force? InSentence(string sentence, int figureStart, int figureEnd) =>
        InSentence(sentence, Find(sentence), figureStart, figureEnd);

    /// <summary>As above, with the sentence's cues already found (once for all its figures).</summary>
    public Force? InSentence(string sentence, IReadOnlyList<Cue> cues, int figureStart, int figureEnd)
    {
        if (cues.Count == 0) return null;
        var (segStart, segEnd) = Segments.Around(sentence, figureStart, figureEnd);
        int Gap(Cue c) => c.Start >= figureEnd ? c.Start - figureEnd : figureStart - c.End;
        return (cues.Where(c => c.Explicit && c.Start >= segStart && c.End <= segEnd).MinBy(Gap)
                ?? cues.Where(c => c.Explicit).MinBy(Gap)
                ?? cues.MinBy(Gap))?.Force;
    }

    /// <summary>
    /// The force an article is about: the majority of explicit cues in its first
    /// <paramref name="lead"/> sentences (the lead sets the topic, and a later section on the other
    /// side may outnumber it), else in all of them; UA on a tie, the corpus' usual subject.
    /// </summary>
    public Force Dominant(IReadOnlyList<string> sentences, int lead = 3) => Dominant(sentences.Count, i => Find(sentences[i]), lead);

    /// <summary>As above, with each sentence's cues from <paramref name="cuesOf"/> (a caller's cache).</summary>
    public static Force Dominant(int sentences, Func<int, IReadOnlyList<Cue>> cuesOf, int lead = 3)
    {
        var inLead = Balance(0, Math.Min(lead, sentences), cuesOf);
        var balance = inLead != 0 ? inLead : Balance(lead, sentences, cuesOf);
        return balance < 0 ? Force.RU : Force.UA;
    }

    /// <summary>
    /// The side a sentence pays in: "a bonus of 195,000 roubles" is Russia's, "pay of 20,000 hryvnias"
    /// Ukraine's. A paragraph's pay and bonuses are its own country's; null when it names neither or both.
    /// </summary>
    public static Force? PaidIn(string text)
    {
        var m = Currency().Match(text);
        if (!m.Success) return null;
        var force = m.Groups["ru"].Success ? Force.RU : Force.UA;
        for (m = m.NextMatch(); m.Success; m = m.NextMatch())
            if ((m.Groups["ru"].Success ? Force.RU : Force.UA) != force) return null;
        return force;
    }

    /// <summary>
    /// The side a section opener names: "On the Russian side, ..." or a heading "2. The Ukrainian
    /// side". The figures under it are that side's until the text names the other side.
    /// </summary>
    public static Force? SideOpened(string sentence) =>
        SideOpener().Match(sentence) is { Success: true } m ? m.Groups["ru"].Success ? Force.RU : Force.UA : null;

    [GeneratedRegex(@"\b(?:(?<ru>roubles?|rubles?|RUB)|hryvni?as?|hryvnya|UAH)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Currency();

    [GeneratedRegex(@"^\W*(?:\d{1,2}[.)]\s*)?(?:on\s+)?the\s+(?:(?<ru>Russian)|Ukrainian)\s+side\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex SideOpener();

    // UA cues minus RU cues in sentences [from, to).
    private static int Balance(int from, int to, Func<int, IReadOnlyList<Cue>> cuesOf)
    {
        var balance = 0;
        for (var i = from; i < to; i++)
            foreach (var cue in cuesOf(i))
                if (cue.Explicit) balance += cue.Force == Force.UA ? 1 : -1;
        return balance;
    }

    // Nouns for a force's soldiers and bodies, after a nationality adjective.
    private const string Body =
        @"(?:armed\s+forces|military(?!\s+intelligence)|army|forces|troops|soldiers?|servicem[ae]n|service\s*members?|defenders|units?|brigades?|" +
        @"battalions?|regiments?|groupings?|contingents?|fighters|deserters|desertions?|infantry(?:men)?|marines|paratroopers|military\s+personnel|personnel|men|ranks|commanders?|" +
        @"officers|conscripts|recruits|mobili[sz]ed|contract\s+soldiers|prisoners\s+of\s+war|POWs|military\s+courts?|garrison\s+courts?|courts?|side(?<=\bon\s+the\s+\w+\s+side)|positions|" +
        @"(?:military\s+)?prosecutors?|investigators|AWOL|SZCh|SOCh|absences|(?:criminal\s+)?cases)" +
        // "Russian forces press their advance": enemy action, not the counted subject.
        @"(?!\s+(?:\w+\s+)?(?:press|advanc|attack|assault|push|captur|seiz|shell|strik|struck|occup|launch|bomb|liberat|storm|encircl)\w*)";

    // "Ukraine's AWOL cases", "Russia's garrison courts": a state's counting bodies and offences.
    private const string Possessed =
        @"(?:armed\s+forces|military(?!\s+intelligence)|army|forces|troops|soldiers|defen[cs]e\s+forces|prosecutors?|investigators|" +
        @"(?:military\s+|garrison\s+)?courts|AWOL|SZCh|SOCh|desertions?|deserters|absences)";

    // "courts in Russia", "soldiers of Ukraine", and a sentence set in a country ("In Russia, military
    // courts ..."): the figure is about that country's soldiers.
    private const string InCountry =
        @"(?:(?:(?:military\s+|garrison\s+)?(?:courts?|judges|prosecutors?|investigators|army|armed\s+forces|forces|troops|soldiers|servicem[ae]n|deserters|desertions?|absences|AWOL|conscripts|recruits)\s+(?:in|of|from)\s+)|" +
        // "cases ... were opened in Ukraine": cases a country's bodies open are against its soldiers.
        @"(?:opened|registered|recorded|initiated|filed|brought|logged|heard|convicted|sentenced)\s+in\s+|(?<=^\W{0,3})In\s+)";

    // A state that does something to its manpower ("Russia mobilised 300,000 reservists"): its own soldiers, weakly.
    private const string ActsOnMen =
        @"\s+(?:has\s+|had\s+|have\s+)?(?:mobili[sz]ed|conscripted|drafted|recruited|called\s+up|deployed|lost|fields|fielded|massed|amassed|signed\s+up|sent)\b";

    // "Ukraine's defence ministry says its forces ...": a state's own body speaks for the state.
    private const string OrgansOf = @"['’]s\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff|government|defen[cs]e\s+minister|president)\b";

    private const int Reporter = 0;
    private const int Ua = 2;
    private const int RuState = 3;
    private const string SaysIt = @"[^.;]{0,160}?\b(?:says|said|claims|claimed|reports|reported)\s+(?:that\s+)?it\b";
    private const int UaState = 4;
    private const int UaOwn = 5;
    private const int UaCountry = 8;
    private const string SaysIts = @"[^.;]{0,160}?\b(?:says|said|claims|claimed|reports|reported)\s+(?:that\s+)?its\s+(?:armed\s+forces|forces|army|military|troops|soldiers)\b";

    // Reporter, RU, UA, in that order (a reporter phrase like "Ukrainian intelligence" must win over "Ukrainian").
    private static readonly string[] Alternatives =
    [
        // Ukrainian intelligence reports on the enemy: "Ukrainian Military Intelligence (HUR) reports that the Russian army ..."
        @"(?:(?-i:HUR|GUR)|Ukrainian\s+(?:military\s+)?intelligence|independent\s+Russian\s+(?:media|journalists|outlets?|reporters|projects?|researchers)|Main\s+(?:Directorate\s+of\s+)?Intelligence(?:\s+Directorate)?|Defen[cs]e\s+Intelligence\s+of\s+Ukraine)\b",
        @"(?:Russian\s+(?!security\s+forces)" + Body + @"|Russia['’]s\s+" + Possessed + @"|with\s+(?:the\s+)?Russian\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|army)|Armed\s+Forces\s+of\s+(?:the\s+)?Russian\s+Federation|" +
        // Russia's Criminal Code articles on absence and desertion, and its garrison courts, count Russian soldiers.
        @"(?:Article|Art\.)\s*33[78]\b|garrison\s+(?:military\s+)?courts?|(?:Central|Southern|Western|Eastern|Northern|Leningrad|Moscow)\s+Military\s+District|Wagner|Storm[- ]Z|Rosgvardia|Akhmat|Kremlin['’]s\s+(?:army|forces|troops))\b",
        @"(?:Ukrainian\s+" + Body + @"|Ukraine['’]s\s+" + Possessed + @"|with\s+(?:the\s+)?Ukrainian\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|army)|Armed\s+Forces\s+of\s+Ukraine|" +
        // Ukraine's Criminal Code articles 407 and 408 count Ukrainian soldiers.
        @"(?:Articles?|Art\.)\s*40[78]\b|(?-i:AFU|ZSU|UAF|SZCh|SZCH)|Kyiv['’]s\s+(?:army|forces|troops|military)|National\s+Guard\s+of\s+Ukraine|Territorial\s+Defen[cs]e)\b",
        // A state opening the sentence that says what "it" did ("Russia, which ..., says it signed up 440,000"): weak.
        @"(?<=^\W{0,3})(?:Russia|Moscow|the\s+Kremlin)(?:" + OrgansOf + SaysIt + @"|\b(?!['’])(?:" + SaysIt + "|" + ActsOnMen + "))",
        @"(?<=^\W{0,3})(?:Ukraine|Kyiv)(?:" + OrgansOf + SaysIt + @"|\b(?!['’])(?:" + SaysIt + "|" + ActsOnMen + "))",
        // "Ukraine, which ..., says its forces are larger": the state names its own forces.
        @"(?<=^\W{0,3})(?:Ukraine|Kyiv)(?:" + OrgansOf + @"|\b(?!['’]))" + SaysIts,
        @"(?<=^\W{0,3})(?:Russia|Moscow|the\s+Kremlin)(?:" + OrgansOf + @"|\b(?!['’]))" + SaysIts,
        // Apart from the long body patterns, so a common opening word ("in", "courts") tries only these.
        InCountry + @"Russia\b(?!['’])",
        InCountry + @"Ukraine\b(?!['’])",
    ];

    private readonly AlternationMatcher matcher = new(Alternatives, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
