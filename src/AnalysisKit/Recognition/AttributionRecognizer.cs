using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Finds who a sentence attributes its figures to: "according to X", "X reported/said/claims/wrote",
/// "..., claims journalist X", "citing X", "data from X", "X's data", "as X points out", named
/// people with titles, offices and outlets. Names are matched by their capitals, so the patterns
/// are case-sensitive except for the keywords around them.
/// </summary>
internal sealed partial class AttributionRecognizer
{
    /// <summary>Every attribution in the sentence, in order, with cited and relaying sources folded in.</summary>
    public IReadOnlyList<Attribution> Find(string sentence)
    {
        // Every form needs one of its keywords; most sentences have none, and one scan says so.
        if (!Keyword.AnyIn(sentence)) return [];
        var speakers = new List<Attribution>();
        var data = new List<Attribution>();
        string? cited = null;
        foreach (var m in Hits(sentence))
        {
            if (m.Groups["cite"].Success)
                cited ??= Clean(m.Groups["np"].Value);
            else if (m.Groups["passive"].Success)
                speakers.Add(new Attribution(m.Index, m.Index + m.Length, "estimates", AttributionKind.Named));
            else if (m.Groups["someest"].Success)
                speakers.Add(new Attribution(m.Index, m.Index + m.Length, "estimates", AttributionKind.Named) { Scoped = true });
            else if (m.Groups["own"].Success)
            {
                // Inside a quotation "our" is the speaker's, who is named around it.
                if (!InsideQuote(sentence, m.Index))
                    speakers.Add(new Attribution(m.Index, m.Index + m.Length, "we", AttributionKind.Named) { Scoped = true });
            }
            else if (!InSubordinateClause(sentence, m.Index) && Classify(m) is { } speaker)
                // "by the ministry's own account, 318,000": that figure's source, not the paragraph's.
                (m.Groups["data"].Success ? data : speakers).Add(speaker with { Agentive = AgentiveEnd().IsMatch(m.Value), Scoped = m.Groups["acct"].Success });
        }
        // "Zakharova cited data from X": with a speaker, the data's owner is cited; alone, it speaks.
        if (speakers.Count > 0) cited ??= data.FirstOrDefault(d => d.Kind == AttributionKind.Named)?.Speaker;
        else speakers = data;

        var via = ViaGate.AnyIn(sentence) && ViaPattern().Match(sentence) is { Success: true } v ? Clean(v.Groups["np"].Value) : null;
        if (speakers.Count == 0 && cited is not null)
        {
            var at = Math.Max(0, sentence.IndexOf(cited, StringComparison.Ordinal));
            return [new Attribution(at, at + cited.Length, cited, AttributionKind.Named, Via: via)];
        }
        if (cited is null && via is null) return speakers;
        return speakers.Select(s => s with { Cited = s.Speaker == cited ? null : cited, Via = s.Speaker == via ? null : via }).ToList();
    }

    // The leading forms from the matcher and the subject forms from their verbs, leftmost first,
    // without overlaps (at one start the leading forms win, as they come first in priority).
    private List<Match> Hits(string sentence)
    {
        var hits = new List<Match>();
        foreach (var h in matcher.Matches(sentence)) hits.Add(h.Match);
        var leading = hits.Count;
        Dictionary<int, Match>? tried = null;
        ulong? subjectForms = null;
        foreach (var (_, verb) in verbs.Matches(sentence))
        {
            var verbEnd = verb.Index + verb.Length;
            // A described outlet needs one of its head nouns in the sentence; most sentences have none.
            subjectForms ??= DescribedHead.AnyIn(sentence) ? ulong.MaxValue : ~1UL;
            var found = SubjectOf(sentence, verb.Index, verbEnd, subjectForms.Value, ref tried);
            // "Desertion, which falls under Article 408, was recorded in 3,118 proceedings", "It is
            // estimated that": a passive verb has no agent before it, only what was recorded.
            if (found is not null && !PassiveEnd().IsMatch(found.Value)) hits.Add(found);
        }
        if (hits.Count == leading) return hits;
        // Stable by start: at one start the leading forms (added first) win.
        var order = new int[hits.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => hits[a].Index != hits[b].Index ? hits[a].Index.CompareTo(hits[b].Index) : a.CompareTo(b));
        var kept = new List<Match>();
        var end = 0;
        foreach (var i in order)
            if (hits[i].Index >= end)
            {
                kept.Add(hits[i]);
                end = hits[i].Index + hits[i].Length;
            }
        return kept;
    }

    // The leftmost start before the verb where a subject form matches up to exactly this verb.
    // A parser's match at a start does not depend on the verb, so the sentence's verbs share
    // them through tried (keyed start * parsers + parser).
    private Match? SubjectOf(string sentence, int verbStart, int verbEnd, ulong forms, ref Dictionary<int, Match>? tried)
    {
        for (var start = EarliestSubjectStart(sentence, verbStart); start < verbStart; start++)
        {
            if (!IsSubjectStart(sentence, start)) continue;
            for (var bits = SubjectGate.Candidates(sentence, start) & forms; bits != 0; bits &= bits - 1)
            {
                var p = BitOperations.TrailingZeroCount(bits);
                tried ??= [];
                var key = start * subjectParsers.Length + p;
                if (!tried.TryGetValue(key, out var m)) tried[key] = m = ParseSubject(p, sentence, start);
                if (m.Success && m.Index + m.Length == verbEnd) return m;
            }
        }
        return null;
    }

    // Subjects[TitledForm] is (org's ...)? name + verb: the possessive reading first, as the
    // optional group would, and only where an apostrophe follows; most starts have none, and the
    // name is then read once instead of twice.
    private Match ParseSubject(int form, string sentence, int start)
    {
        if (form != TitledForm) return subjectParsers[form].Match(sentence, start);
        if (sentence.AsSpan(start).IndexOfAny('\'', '’') >= 0 && possessedSubject.Match(sentence, start) is { Success: true } possessed)
            return possessed;
        return subjectParsers[form].Match(sentence, start);
    }

    // No subject form holds a '.' or ';', nor more than the two commas around an appositive: the
    // search for a subject stops there, which spares most of the SubjectReach window.
    private static int EarliestSubjectStart(string sentence, int verbStart)
    {
        var commas = 0;
        var limit = Math.Max(0, verbStart - SubjectReach);
        for (var i = verbStart - 1; i >= limit; i--)
        {
            var c = sentence[i];
            if (c is '.' or ';' || (c == ',' && ++commas > 2)) return i + 1;
        }
        return limit;
    }

    // A word start that can open a subject: a capital, or a word in SubjectStarts.
    private static bool IsSubjectStart(string s, int i)
    {
        if (!char.IsLetter(s[i]) || (i > 0 && char.IsLetterOrDigit(s[i - 1]))) return false;
        if (char.IsUpper(s[i])) return true;
        var end = i;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        var word = s.AsSpan(i, end - i);
        if (word.Length >= StartsByLength.Length) return false;
        foreach (var candidate in StartsByLength[word.Length])
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] SubjectStarts =
    [
        "the", "a", "an", "one", "he", "she", "they", "his", "her", "their", "as", "local", "ukrainian", "russian", "western",
        "foreign", "international", "independent", "state", "military", "government", "security", "defense", "defence", "law",
        "prosecutors", "officials", "authorities", "analysts", "investigators", "experts", "media", "unnamed", "anonymous",
        "sources", "representatives", "this", "these", "such",
    ];

    // SubjectStarts grouped by length, so the check allocates nothing.
    private static readonly string[][] StartsByLength =
        Enumerable.Range(0, 17).Select(n => SubjectStarts.Where(w => w.Length == n).ToArray()).ToArray();

    // "Since September 2022, when Vladimir Putin announced mobilization, ...": who acted in a
    // background clause is not who reports the figure.
    private static bool InSubordinateClause(string sentence, int at)
    {
        // "Since Minsk announced ...": the subordinator may open the match itself, cleaned off the name.
        if (SubordinateStart().IsMatch(sentence.AsSpan(at))) return true;
        var from = Math.Max(0, at - 30);
        return SubordinateLead().IsMatch(sentence.AsSpan(from, at - from));
    }

    private static Attribution? Classify(Match m)
    {
        var np = m.Groups["np"];
        var start = m.Index;
        var end = m.Index + m.Length;
        if (m.Groups["pron"].Success || m.Groups["ana"].Success)
            return new Attribution(start, end, "", AttributionKind.Anaphoric)
            {
                Head = m.Groups["head"].Success ? m.Groups["head"].Value : null,
                // "Its defence minister said": the minister of the state or body spoken of before.
                Possessed = m.Groups["possessed"].Success && Holder().IsMatch(m.Groups["possessed"].Value) ? m.Groups["possessed"].Value : null,
            };
        if (m.Groups["indef"].Success)
        {
            var who = IndefiniteHead().Replace(np.Value, "").Trim();
            // "A spokesperson for the ministry, Olena Kravets, said": the named person speaks.
            if (m.Groups["appo"].Success && PersonName().IsMatch(m.Groups["appo"].Value.Trim()))
                return new Attribution(start, end, $"{m.Groups["appo"].Value.Trim()} ({who})", AttributionKind.Named);
            // "a source in the Russian security services" is described by where they sit, not unnamed.
            return new Attribution(start, end, Placed().IsMatch(who) ? who : "unnamed " + who, AttributionKind.Unnamed);
        }
        if (m.Groups["org"].Success)
            return new Attribution(start, end, $"{Clean(m.Groups["org"].Value)} ({Clean(np.Value)})", AttributionKind.Named);

        var name = Clean(np.Value);
        if (name.Length == 0) return null;
        // "The head of the Donetsk People's Republic, Denis Pushilin, claimed": the named person speaks.
        if (m.Groups["appo"].Success && PersonName().IsMatch(m.Groups["appo"].Value))
            return new Attribution(start, end, $"{Clean(m.Groups["appo"].Value)} ({name})", AttributionKind.Named);
        // "Data shows", "Figures indicate": capitalised common words are no one; they continue the speaker.
        if (DataWords.Contains(name)) return new Attribution(start, end, "", AttributionKind.Anaphoric);
        return new Attribution(start, end, name, AttributionKind.Named);
    }

    /// <summary>Trims articles, leading function words and titles: "the Financial Times" → "Financial Times", "MP Oleksiy Honcharenko" → "Oleksiy Honcharenko".</summary>
    internal static string Clean(string np)
    {
        var words = np.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && (NotNames.Contains(words[0]) || words[0] is "the" or "The"))
            words.RemoveAt(0);
        // Titles before a full name: "President Vladimir Putin", "Defense Minister Rustem Umerov",
        // "Prosecutor General Andriy Kostin" → the name.
        for (var t = words.Count - 3; t >= 0; t--)
            if (Titles.Contains(words[t].TrimEnd('.')) && words.Skip(t + 1).All(w => char.IsUpper(w[0]) && w.IndexOfAny(['\'', '’']) < 0))
            {
                words.RemoveRange(0, t + 1);
                break;
            }
        // "the State Bureau of Investigation on Tuesday": a day or month after "on"/"in" is a date, not the name's.
        if (words.Count >= 3 && Dates.Contains(words[^1].TrimEnd(',', '.')) && words[^2] is "on" or "in")
            words.RemoveRange(words.Count - 2, 2);
        var text = new StringBuilder();
        foreach (var w in words) text.Append(text.Length > 0 ? " " : "").Append(w);
        return text.ToString().Trim(' ', ',', '.', ';', ':');
    }

    // Capitalised words that start sentences or clauses and name no one.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "A", "An", "Earlier", "However", "Meanwhile", "Additionally", "Also", "In", "On", "At", "By", "For", "From", "With",
        "As", "But", "And", "Or", "So", "Then", "Now", "Today", "Yesterday", "Last", "This", "That", "These", "Those", "It",
        "There", "Here", "Its", "His", "Her", "Their", "Our", "Since", "While", "Although", "Though", "Despite", "After", "Before", "During", "Until", "When",
        "Where", "Why", "How", "What", "Who", "Which", "If", "Suddenly", "Currently", "Some", "Many", "Most", "All", "Both",
        "Each", "Every", "Other", "Such", "Only", "Even", "Still", "Over", "Under", "About", "Around", "Nearly", "Almost",
        "More", "Less", "Further", "Moreover", "Thus", "Recently", "Reportedly", "According", "Citing", "Officially",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> Dates = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> DataWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Data", "Figures", "Statistics", "Reports", "Report", "Estimates", "Media", "Sources", "Information", "Records",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "MP", "President", "Gen", "General", "Col", "Colonel", "Mr", "Ms", "Mrs", "Dr", "Lt", "Maj", "Sgt", "Deputy",
        "Commander", "Minister", "Spokesperson", "Spokesman", "Journalist", "Lawmaker", "Ombudsman", "Prime",
    };

    // --- pattern pieces (case-sensitive; keywords wrapped in (?i:...)).
    private const string Cap = @"[A-Z][\p{L}\-]*";
    // Atomic: a name is taken whole; backing off a capitalised word never lets a lower-case verb match.
    private const string Proper =
        // A possessive only inside the name ("Prosecutor General's Office"); "Die Welt's correspondent" stops at "Welt".
        @"(?>(?:[Tt]he\s+)?" + Cap + @"(?:(?:['’]s)?\s+(?:(?:of|for|the|and|de|von|van|der|al|on)\s+){0,2}" + Cap + @"){0,6}" +
        @"(?:\s+\([A-Z][\p{L}]{1,12}\))?(?:(?:['’]s)?\s+(?i:office|ministry|service|agency|department|committee|bureau|command|staff|press\s+service)(?![\p{L}]))?)";
    private const string Common =
        @"(?i:(?:the\s+)?(?:(?:local|ukrainian|russian|western|foreign|international|independent|state|military|government|security|defen[cs]e|law\s+enforcement)\s+){1,2}" +
        @"(?:media|outlets?|press|journalists|officials|authorities|military|army|government|parliament|prosecutors|command|security\s+(?:forces|services|officials)|intelligence|lawmakers|sources|officers|analysts)" +
        @"|(?:the\s+)?(?:prosecutors|officials|authorities|analysts|investigators|experts|media\s+reports|local\s+media)" +
        // "the defence ministry says", "the Russian defence ministry": a ministry named by its brief.
        @"|(?:the\s+)?(?:(?-i:(?!(?:Its|His|Her|Their|Our)\s)\p{Lu}[\p{L}'’]+)\s+)?(?:defen[cs]e|foreign|interior|justice|finance|emergencies|economy|health|social\s+policy|veterans(?:['’]\s+affairs)?)\s+(?:ministry|minister)(?![\p{L}])(?!\s+(?-i:\p{Lu}))" +
        // "the regional prosecutor's office told the outlet": a body named by its kind and level (lower
        // case); "State Bureau of Investigation" is a name, read whole elsewhere.
        @"|(?:the\s+)?(?-i:regional|district|city|oblast|garrison|military|national|state)\s+(?:prosecutor['’]s\s+office|prosecutors['’]?\s+office|police|bureau|administration|court)(?!\s+of\s+(?-i:\p{Lu}))" +
        @"|representatives\s+of\s+(?:the\s+)?(?-i:" + Cap + @"(?:\s+" + Cap + @"){0,4}))(?:\s+\([A-Z][\p{L}]{1,8}\))?";
    private const string Indefinite =
        @"(?i:(?:an?|one)\s+(?:(?:senior|ukrainian|russian|military|government|anonymous|unnamed|security|high-ranking|european|western|local|captured|former|intelligence|defen[cs]e)\s+){0,3}" +
        @"(?:MP|lawmaker|official|source|officer|commander|soldier|analyst|deputy|diplomat|journalist|blogger|spokesperson|insider|prosecutor|serviceman|investigator)" +
        // "a source in the Russian security services", "an official close to the ministry": where they sit.
        @"(?:\s+(?:in|at|within|inside|for|of|close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[\p{L}'’\-]+\s+){0,3}[\p{L}'’\-]+)?" +
        @"|(?:unnamed|anonymous)\s+(?:sources?|officials?)|sources(?=\s+(?:say|said|claim|told|close|familiar)))";
    private const string Anaphor =
        @"(?i:the\s+(?:same\s+)?(?:russian\s+|ukrainian\s+)?)(?-i:source|report|outlet|publication|newspaper|register|registry|database|reply|response|(?<head>agency|ministry|office|court|committee|bureau|service|department|inspectorate|directorate))(?![\p{L}])|(?i:(?:this|these|such)\s+(?:data|figures|statistics|reports?))";
    private const string Pronoun = @"(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is\s+[\p{Ll}]+|[Hh]er\s+[\p{Ll}]+|[Tt]heir\s+[\p{Ll}]+|[Ii]ts\s+(?<possessed>(?:[\p{Ll}\-]+\s+)?[\p{Ll}\-]+))\b";
    private const string Adverbs = @"(?:(?:also|further|recently|officially|reportedly|previously|earlier|has|have|had|is|are|was|were|[\p{Ll}]+ly)\s+){0,2}";
    private const string Verb =
        @"(?i:reported|reports|report|reporting|said|says|say|claimed|claims|claim|wrote|writes|write|stated|states|told|tells|noted|notes|added|adds|" +
        @"emphasi[sz]ed|emphasi[sz]es|stressed|stresses|estimated|estimates|estimate|recorded|records|record|announced|announces|revealed|reveals|" +
        @"indicated|indicates|indicate|showed|shows|show|cited|cites|disclosed|discloses|confirmed|confirms|found|finds|counted|counts|published|" +
        @"publishes|points?\s+out|pointed\s+out|made\s+(?:a|an)\s+(?:[\p{Ll}\-]+\s+)?claim|admitted|admits|acknowledged|acknowledges|calculated|" +
        @"calculates|plans|planned|warned|warns|explained|explains|highlighted|highlights|suggested|suggests|documented|documents|registered|" +
        @"tallied|believes|argued|argues|argue|alleged|alleges|insisted|assessed|assesses|opened|initiated|(?:puts|put)(?=[^.;]{1,80}?\sat\s)|countered|counters|replied|responded|conceded|retorted|objected|lists|listed)(?![\p{L}])";
    // The verb words alone, for the keyword gate.
    private const string StripVerbs =
        @"reported|reports|report|reporting|said|says|say|claimed|claims|claim|wrote|writes|write|stated|states|tells|noted|notes|added|adds|" +
        @"emphasi[sz]ed|emphasi[sz]es|stressed|stresses|recorded|records|record|announced|announces|revealed|reveals|" +
        @"indicated|indicates|indicate|showed|shows|show|cited|cites|disclosed|discloses|confirmed|confirms|found|finds|counted|counts|published|" +
        @"publishes|points?|pointed|made|admitted|admits|acknowledged|acknowledges|calculated|calculates|plans|planned|warned|warns|explained|" +
        @"explains|highlighted|highlights|suggested|suggests|documented|documents|registered|tallied|believes|argued|argues|argue|alleged|" +
        @"alleges|insisted|assessed|assesses|opened|initiated|puts|put|account|count|countered|counters|replied|responded|conceded|retorted|objected|lists|listed";

    private const string InvertedVerb =
        @"(?i:claims|claimed|said|says|reported|reports|writes|wrote|notes|noted|added|adds|stated|states|told|tells|estimates|estimated)";

    // "Anna Berg (Green Alliance) said": a party or affiliation in brackets after the name.
    // An unnamed holder of a body's office: "'s deputy chief", "'s press officer".
    private const string Holding = @"['’]s\s+(?:[\p{Ll}\-]+\s+){0,2}(?:chief|head|spokes(?:person|man|woman)|director|commander|deputy|officer|official|representative|secretary|chair(?:man|woman)?)(?:\s+of\s+staff)?";

    private const string Subject = @"(?:\s+\([^()]{2,40}\))?(?:,\s+(?<appo>[^,.;]{1,80}),(?<=,\s+(?:which|who|whose)\s[^,.;]{1,80},)\s+[^,.;]{1,60}?\s+and|,\s+(?<appo>[^,.;]{1,80}),)?\s+" + Adverbs + Verb;
    // A named outlet or body after a description: "the independent Russian outlet Zapiski".
    private const string Described =
        @"(?:[Tt]he\s+)?(?:(?:[\p{Ll}\-]+|Russian|Ukrainian|Western|British|American|German|Polish)\s+){0,3}" +
        @"(?i:" + DescribedHeads + @")\s+(?<np>" + Proper + ")";
    private const string DescribedHeads = @"outlet|newspaper|publication|news\s+agency|agency|website|channel|portal|project|think\s+tank|monitoring\s+group|group|" +
        // "military journalist Yurii Butusov", "independent analyst Ana Rusu": a person described by their trade.
        @"journalist|analyst|blogger|expert|lawyer|researcher|economist|historian|activist|volunteer|correspondent";

    private const string Titled = @"(?:" + TitledOrg + @")?(?<np>" + Proper + @")";
    private const string TitledOrg = @"(?<org>" + Proper + @")['’]s\s+(?:[\p{Ll}\-]+\s+){1,3}";

    private const string OwnedData = "data|figures?|statistics|estimates?|report|analysis|calculations|count|tally";
    private const string ShownData = "data|figures|statistics";

    // The forms of attribution in priority order (leftmost-first: at one position the earlier wins).
    private static readonly AlternationMatcher.Alternative[] Alternatives =
    [
        // "citing data from the Prosecutor General's Office": whom the speaker cites.
        @"(?<cite>(?i:citing)\s+(?:(?i:(?:the\s+)?(?:latest\s+)?(?:data|figures|information|statistics|sources?)\s+(?:from|of|at|in))\s+)?(?<np>" + Common + "|" + Proper + @"))",
        // "active personnel are estimated at only 350,000": an estimate with no agent.
        @"(?<passive>(?i:(?:is|are|was|were|been)\s+estimated\s+(?:at|to\s+be|to\s+number|that)))",
        // "by some estimates", "by Western estimates": estimates, for that figure alone.
        @"(?<someest>(?i:by\s+(?:some|most|many|several|other|independent|unofficial|western|conservative|one)\s+estimates?))(?![\p{L}])",
        // "according to figures the bureau provided to the paper": whose figures.
        @"(?i:according\s+to\s+(?:the\s+)?(?:data|figures|numbers|statistics)\s+(?:that\s+)?)(?:(?<np>" + Common + @")|(?<np>" + Proper + @"))\s+" +
        @"(?i:(?:has\s+|had\s+)?(?:provided|released|published|gave|sent|shared|supplied|disclosed))(?![\p{L}])",
        // "according to (data from) X".
        @"(?i:according\s+to)\s+(?:(?i:(?:the\s+)?(?:latest\s+|new\s+|official\s+)?(?:court\s+|monthly\s+|annual\s+)?(?:data|figures|information|estimates|statistics|reports?|a\s+report|calculations|research|an\s+analysis|count|tally|records)\s+(?:from|of|by|in|at|(?:released|published|compiled|kept|collected|gathered)\s+by|of\s+(?:[\p{Ll}\-]+\s+){1,3}by))\s+)?" +
        @"(?:" + Described + @"|(?<indef>(?<np>" + Indefinite + @"))|(?<ana>" + Anaphor + @")|(?<np>" + Common + @")|" + Titled + ")",
        // "by our count": the outlet's own figure, for that figure alone.
        @"(?<own>(?i:by\s+our\s+(?:own\s+)?(?:count|counting|calculations?|estimates?|reckoning|tally|analysis)))(?![\p{L}])",
        // "by the defence ministry's own account", "by the Monitor's count": whose account it is.
        @"(?<acct>(?i:by)\s+(?:(?<ana>" + Anaphor + @")|(?<np>" + Common + @")|(?<np>" + Proper + @"))['’]s\s+(?:own\s+)?(?i:account|count|estimates?|reckoning|tally|figures|calculations?))(?![\p{L}])",
        // "statements from Maria Zakharova", "a report by Russian security forces"; after another
        // speaker ("Zakharova cited data from X") it is whom they cite.
        @"(?<data>(?i:(?:data|figures|numbers|statistics|statements?|estimates?|information|reports?|analysis|research|calculations),?\s+(?:(?:come|came|comes)\s+from|from|by|(?:released|published|provided|issued|compiled|collected|gathered)\s+by))\s+" +
        @"(?:(?<np>" + Common + @")|(?<np>" + Proper + @")))",
        // "the Monitor's data show", "Prosecutor General's Office data show": the owner of the data.
        new(@"(?<np>" + Proper + @")['’]s\s+(?i:" + OwnedData + @")(?![\p{L}])", Needs: OwnedData),
        // "Ukrainian court statistics show", "Police records show": data named by the body kind that keeps them are the source themselves.
        // "Our analysis of court records shows": data someone else read are not the speaker.
        new(@"(?<!\b(?i:of|from|on|in|with|by)\s+(?:(?i:the)\s+)?)(?<np>(?:(?-i:\p{Lu}[\p{L}\-]+)\s+)?(?i:court|judicial|police|prosecution|registry|government)\s+(?i:" + ShownData + @"|records))\s+(?i:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals)(?![\p{L}])", Needs: ShownData + "|records"),
        new(@"(?<np>" + Proper + @")\s+(?i:" + ShownData + @")\s+(?i:show|shows|showed|indicate|indicates|suggest|suggests|reveal|reveals)(?![\p{L}])", Needs: ShownData),
        // "..., claims journalist and former lawmaker Ihor Lutsenko", ", reports Do Rzezcy."
        @"(?<=[,–—][”""’']?\s*)" + InvertedVerb + @"\s+(?:(?:[\p{Ll}\-]+|MP|and)\s+){0,5}?(?<np>" + Proper + @")",
    ];

    // Subject and reporting verb, found from the verb back: "A Ukrainian MP recently made an
    // unsubstantiated claim", "She also emphasized", "local media report", "Die Welt's correspondent
    // Christoph Vanner reported", "HUR also recorded", "as MP Oleksiy Honcharenko points out".
    private static readonly string[] Subjects =
    [
        Described + Subject,
        @"(?<indef>(?<np>" + Indefinite + @"))" + Subject,
        @"(?<ana>" + Anaphor + @")" + Subject,
        // "The agency's deputy chief put it at", "HUR's press officer said": an unnamed holder speaks for their body.
        @"(?<ana>" + Anaphor + @")" + Holding + Subject,
        @"(?<np>" + Proper + @")" + Holding + Subject,
        @"(?<pron>" + Pronoun + @")" + Subject,
        @"(?<np>" + Common + @")" + Subject,
        Titled + Subject,
        @"(?i:as)\s+(?<np>" + Proper + @")\s+" + Adverbs + Verb,
    ];

    private static readonly StartGate SubjectGate = new(Subjects, ignoreCase: false);

    // Subjects[0], a described outlet, needs one of its head nouns somewhere in the sentence;
    // most sentences have none, and one scan spares trying it at every start.
    private static readonly StartGate DescribedHead = new([DescribedHeads], ignoreCase: true);

    // How far before its verb a subject may start: a name of up to seven words and an appositive.
    private const int SubjectReach = 140;

    private readonly AlternationMatcher matcher = new(Alternatives, RegexOptions.CultureInvariant);

    // The titled form's place in Subjects, found rather than counted.
    private static readonly int TitledForm = Array.IndexOf(Subjects, Titled + Subject);

    private readonly Regex[] subjectParsers = Subjects
        .Select((a, form) => SubjectParser(form == TitledForm ? NamedSubject : a))
        .ToArray();

    private readonly Regex possessedSubject = SubjectParser(TitledOrg + NamedSubject);

    private const string NamedSubject = @"(?<np>" + Proper + @")" + Subject;

    private static Regex SubjectParser(string form) =>
        new(@"\G(?:" + form + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(10));

    private readonly AlternationMatcher verbs = new([Verb], RegexOptions.CultureInvariant);

    // A keyword of some form: the reporting verbs, "according to", "citing", data words, "estimated", "told".
    private static readonly StartGate Keyword = new(
        [@"\b(?:" + StripVerbs + @"|according|citing|data|figures|statistics|statements?|estimates?|estimated|information|reports?|analysis|research|calculations|told|shared|written|interview|speaking|reckoning|counting|tally|numbers|figure)\b"],
        ignoreCase: true);

    // "wrote to the New Voice of Ukraine", "shared with TASS": who relayed it. Its own pass, since
    // the verb may already belong to the speaker ("the office wrote to ...").
    private const string Relayed = @"\b(?i:(?:wrote|written|reported)\s+to|told|shared\s+with|in\s+an\s+interview\s+(?:with|to)|speaking\s+to)\s+";

    // Most sentences relay nothing: their words say so before the pattern runs.
    private static readonly StartGate ViaGate = new([Relayed], ignoreCase: true);

    [GeneratedRegex(Relayed + @"(?<np>" + Proper + @")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 10000)]
    private static partial Regex ViaPattern();

    // An odd number of double quotation marks before a position: it is inside a quotation.
    private static bool InsideQuote(string sentence, int at)
    {
        var marks = 0;
        foreach (var c in sentence.AsSpan(0, at))
            if (c is '"' or '“' or '”') marks++;
        return marks % 2 == 1;
    }

    [GeneratedRegex(@"(?:minister|ministry|spokesman|spokeswoman|spokesperson|army|military|government|prosecutors?|officials|intelligence|staff|command|commander|president|leader)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Holder();

    // Background clauses of time: who acted in them is not who reports ("While X reports" still reports).
    [GeneratedRegex(@"^(?:When|After|Before|Until|Once|Since)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex SubordinateStart();

    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being)\s+(?:[\p{Ll}]+ly\s+)?(?![\p{L}]+ing\b)[\p{L}]+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PassiveEnd();

    [GeneratedRegex(@"\b(?:when|after|before|while|because|although|though|if|until|once|where|since)\s+(?:[^\s,]+\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex SubordinateLead();

    [GeneratedRegex(@"\b(?:opened|initiated|registered|recorded|records|record|counted|counts|documented|documents|tallied)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex AgentiveEnd();

    [GeneratedRegex(@"^[A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\s(?:in|at|within|inside|for|of|close\s+to|familiar\s+with)\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Placed();

    [GeneratedRegex(@"^(?i:an?|one)\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex IndefiniteHead();
}
