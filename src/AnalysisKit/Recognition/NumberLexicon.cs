namespace AnalysisKit.Recognition;

/// <summary>
/// The words that can stand just before a figure, as data: hedge phrases (a backward phrase
/// table, longest phrase wins) and word sets for months, reference keywords, year
/// prepositions, verbs of change and ages. Read by walking back over the words before a figure
/// (<see cref="NumberContext"/>), which is much cheaper than a right-to-left regex per figure.
/// </summary>
internal static class NumberLexicon
{
    /// <summary>Hedges before a figure; null marks look-alikes that hedge nothing ("how about").</summary>
    public static readonly PhraseTable Hedges = new(HedgePhrases());

    public static readonly WordSet Between = new("between");
    public static readonly WordSet From = new("from");
    public static readonly WordSet The = new("the");

    /// <summary>Month names are capitalized in news text; "may" and "march" are words too.</summary>
    public static readonly WordSet Months = new WordSet(caseSensitive: true,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /// <summary>A number right after these is a numbered item, not a count ("Article 408", "No. 5").</summary>
    public static readonly WordSet ReferenceKeywords = new(
        "article", "articles", "art.", "arts.", "part", "parts", "paragraph", "paragraphs", "para.", "paras.",
        "section", "sections", "sec.", "secs.", "clause", "clauses", "chapter", "chapters", "item", "items",
        "page", "pages", "p.", "pp.", "vol.", "vols.", "volume", "volumes", "resolution", "resolutions",
        "decree", "decrees", "law", "laws", "bill", "bills", "brigade", "brigades", "battalion", "battalions",
        "regiment", "regiments", "unit", "model", "no.", "nos.", "#", "§", "№",
        // "the radio frequency 149.200", "channel 12": a tuning, not a count.
        "frequency", "frequencies", "channel", "channels",
        // "Photo 1 of 5", "Slide 3": page furniture numbers its items.
        "photo", "photos", "image", "images", "slide", "slides", "video", "videos", "figure", "fig.");

    /// <summary>Capitalized only: "no 300 soldiers" is a determiner, "Law No 5" a reference.</summary>
    public static readonly WordSet ReferenceKeywordsCased = new(caseSensitive: true, "No", "Nos", "Number");

    /// <summary>
    /// Before a year-shaped number these make it a year even when a noun follows ("in 2024
    /// soldiers deserted"). "of", "from", "to" are left out on purpose: after them a counted
    /// noun decides ("the summer of 2022" but "a total of 2000 soldiers").
    /// </summary>
    public static readonly WordSet YearContext = new(
        "in", "since", "by", "until", "till", "during", "before", "after", "through", "throughout", "mid", "early",
        "late", "spring", "summer", "autumn", "fall", "winter", "circa");

    /// <summary>"rose from X to Y" states a change between two figures, not a range.</summary>
    public static readonly WordSet ChangeVerbs = new(
        "rise", "rises", "risen", "rising", "rose", "increase", "increased", "increases", "increasing",
        "grow", "grew", "grown", "grows", "growing", "jump", "jumped", "jumps", "jumping", "climb", "climbed",
        "climbs", "climbing", "soar", "soared", "soars", "soaring", "surge", "surged", "surges", "surging",
        "fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "drops", "dropping", "decline", "declined",
        "declines", "declining", "decrease", "decreased", "decreases", "decreasing", "went", "go", "goes", "gone",
        "going", "up", "down", "change", "changed", "changes", "changing", "shrink", "shrank", "shrunk", "shrinks",
        "shrinking", "reduce", "reduced", "reduces", "reducing", "cut", "cuts", "raise", "raised", "raises",
        "raising", "lower", "lowered", "lowers", "lowering", "boost", "boosted", "boosts", "boosting", "expand",
        "expanded", "expands", "expanding", "move", "moved", "moves", "moving", "shift", "shifted", "shifts",
        "shifting", "slip", "slipped", "slips", "slipping", "plunge", "plunged", "plunges", "plunging", "plummet",
        "plummeted", "plummets", "plummeting", "swell", "swelled", "swells", "swelling", "swollen", "double",
        "doubled", "doubles", "doubling", "triple", "tripled", "triples", "tripling", "revise", "revised",
        "revises", "revising", "adjust", "adjusted", "adjusts", "adjusting");

    /// <summary>"aged 35", "the average age of those killed just 35".</summary>
    public static readonly WordSet AgeWords = new("age", "aged", "ages");

    /// <summary>"as young as 19", "older than 55": the words of an age comparison.</summary>
    public static readonly WordSet As = new("as");

    public static readonly WordSet Than = new("than");

    public static readonly WordSet AgeAdjectives = new("young", "old");

    public static readonly WordSet AgeComparatives = new("younger", "older");

    public static readonly WordSet Of = new("of");

    /// <summary>"day 1,000 of the war" numbers a day; "a day" and "per day" before a figure do not.</summary>
    public static readonly WordSet DayWord = new("day");

    public static readonly WordSet DayCountLead = new("a", "per", "each", "every", "that", "one", "same");

    public static readonly WordSet IndefiniteArticle = new("a", "an");

    /// <summary>"a man of 40": a person whose age follows.</summary>
    public static readonly WordSet PersonNouns = new("man", "woman", "boy", "girl", "soldier", "person", "youth", "conscript", "recruit");

    /// <summary>"no one", "each one": a pronoun, not a count of one.</summary>
    public static readonly WordSet PronounOne = new("no", "any", "every", "each", "some", "this", "that", "which", "another", "the");

    /// <summary>
    /// After a bare "one" these words show it is a pronoun or part of a phrase, not a count of
    /// one thing: "one of the most pressing problems", "one another", "only one came back".
    /// </summary>
    public static readonly WordSet NotCountedAfterOne = new(
        "of", "another", "by", "and", "or", "but", "nor", "than", "as", "is", "was", "were", "are", "be", "been",
        "has", "have", "had", "can", "could", "will", "would", "may", "might", "must", "should", "shall", "did",
        "does", "do", "who", "whom", "whose", "that", "which", "where", "when", "the", "a", "an", "in", "on", "at",
        "to", "for", "with", "from", "into", "out", "up", "down", "off", "over", "after", "before", "more", "less",
        "came", "went", "said", "says", "told", "left", "got", "gets", "thing", "way", "day", "time", "hand",
        "side", "else", "if", "so", "too", "yet", "per", "i", "he", "she", "it", "we", "you", "they", "his", "her",
        "its", "our", "their", "my", "your", "this", "these", "those", "there", "here");

    /// <summary>Currency codes written before or after an amount ("UAH 17,000", "2 million RUB").</summary>
    public static readonly WordSet CurrencyCodes = new(caseSensitive: true,
        "UAH", "USD", "EUR", "RUB", "GBP", "PLN", "CHF");

    /// <summary>"a third", "one-fourth": a fraction, not an ordinal.</summary>
    public static readonly WordSet FractionLead = new("a", "one");

    private static IEnumerable<(string Phrase, Qualifier? Qualifier)> HedgePhrases()
    {
        string[] comparatives = ["more", "greater", "larger", "bigger", "higher"];
        string[] lessers = ["less", "fewer", "smaller", "lower"];
        // "just over 21,000" keeps the stated lower bound: the modifier narrows, it does not
        // turn the bound into an estimate.
        string[] modifiers = ["just", "slightly", "a little", "a bit", "somewhat", "well", "far", "much", "considerably", "significantly"];
        string[] overs = ["over", "above", "more than", "in excess of", "upwards of", "upward of"];
        string[] unders = ["under", "below", "less than", "fewer than"];

        foreach (var o in overs.Concat(["exceeding", "exceeded", "exceeds", "exceed", "surpassing", "surpassed", "surpasses",
                     "surpass", "topped", "topping", "passes", "has passed", "have passed", "at least", "a minimum of", "minimum of", "no less than", "not less than",
                     "no fewer than", "not fewer than", "at least or equal to", ">", "> =", "≥"]))
            yield return (o, Qualifier.Over);
        foreach (var c in comparatives)
        {
            yield return ($"{c} than", Qualifier.Over);
            yield return ($"{c} than or equal to", Qualifier.Over);
            yield return ($"{c} than or equal than", Qualifier.Over);
            yield return ($"{c} or equal to", Qualifier.Over);
            yield return ($"{c} or equal than", Qualifier.Over);
            yield return ($"equal to or {c} than", Qualifier.Over);
            yield return ($"equal or {c} than", Qualifier.Over);
            yield return ($"no {c} than", Qualifier.Under);
            yield return ($"not {c} than", Qualifier.Under);
        }
        foreach (var m in modifiers)
        {
            foreach (var o in overs) yield return ($"{m} {o}", Qualifier.Over);
            foreach (var u in unders) yield return ($"{m} {u}", Qualifier.Under);
        }

        foreach (var u in unders.Concat(["up to", "as many as", "as much as", "as high as", "at most", "a maximum of",
                     "maximum of", "not exceeding", "not to exceed", "at most or equal to", "<", "< =", "≤"]))
            yield return (u, Qualifier.Under);
        foreach (var l in lessers)
        {
            yield return ($"{l} than", Qualifier.Under);
            yield return ($"{l} than or equal to", Qualifier.Under);
            yield return ($"{l} than or equal than", Qualifier.Under);
            yield return ($"{l} or equal to", Qualifier.Under);
            yield return ($"{l} or equal than", Qualifier.Under);
            yield return ($"equal to or {l} than", Qualifier.Under);
            yield return ($"equal or {l} than", Qualifier.Under);
            yield return ($"no {l} than", Qualifier.Over);
            yield return ($"not {l} than", Qualifier.Over);
        }

        // "nearly"/"almost" are approx (spec), though they imply an upper bound; "an estimated"
        // and "estimated at (only)" are approx (seed gold: "estimated at only 350,000").
        foreach (var a in new[] { "about", "around", "approximately", "approx", "approx.", "roughly", "nearly", "almost",
                     "circa", "ca.", "some", "estimated", "an estimated", "estimated at", "estimated at only",
                     "estimated at just", "estimated at about", "close to", "closer to", "in the region of",
                     "on the order of", "more or less", "somewhere around", "somewhere near", "~", "≈" })
            yield return (a, Qualifier.Approx);

        foreach (var e in new[] { "exactly", "precisely", "equal to", "equals", "equals to", "equaling", "equaling to",
                     "equalling", "equalling to" })
            yield return (e, Qualifier.Exact);

        // Look-alikes: "How about 2 in 5" asks; "<>30", "=>30" and "=<30" compare nothing.
        foreach (var none in new[] { "how about", "what about", "< >", "= >", "= <" })
            yield return (none, null);
    }

    /// <summary>A word set, matched against spans without allocating.</summary>
    internal sealed class WordSet
    {
        private readonly string[][] byLength;
        private readonly StringComparison comparison;

        public WordSet(params string[] words) : this(false, words)
        {
        }

        public WordSet(bool caseSensitive, params string[] words)
        {
            comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var longest = words.Max(w => w.Length);
            byLength = new string[longest + 1][];
            for (var length = 0; length <= longest; length++)
                byLength[length] = words.Where(w => w.Length == length).ToArray();
        }

        public bool Contains(ReadOnlySpan<char> word)
        {
            if (word.Length >= byLength.Length) return false;
            foreach (var candidate in byLength[word.Length])
                if (word.Equals(candidate, comparison)) return true;
            return false;
        }
    }

    /// <summary>
    /// Phrases keyed by their words from last to first, so the words before a figure can be
    /// matched nearest first; the longest phrase wins ("no more than" over "more than").
    /// </summary>
    internal sealed class PhraseTable
    {
        private readonly Node root = new();

        public PhraseTable(IEnumerable<(string Phrase, Qualifier? Qualifier)> phrases)
        {
            foreach (var (phrase, qualifier) in phrases)
            {
                var node = root;
                foreach (var word in Enumerable.Reverse(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                    node = node.Child(word);
                node.Terminal = true;
                node.Value = qualifier;
            }
        }

        /// <summary>
        /// The longest phrase ending with <paramref name="words"/>[from] (nearest word first):
        /// how many words it spans and its qualifier; 0 when none.
        /// </summary>
        public (int Count, Qualifier? Qualifier) Match(string text, ReadOnlySpan<NumberContext.Word> words, int from)
        {
            var node = root;
            (int, Qualifier?) best = (0, null);
            for (var k = from; k < words.Length; k++)
            {
                node = node.Find(words[k].Of(text));
                if (node is null) break;
                if (node.Terminal) best = (k - from + 1, node.Value);
            }
            return best;
        }

        private sealed class Node
        {
            private readonly List<(string Word, Node Next)> children = [];

            public bool Terminal { get; set; }

            public Qualifier? Value { get; set; }

            public Node Child(string word)
            {
                foreach (var (w, next) in children)
                    if (string.Equals(w, word, StringComparison.OrdinalIgnoreCase)) return next;
                var node = new Node();
                children.Add((word, node));
                return node;
            }

            public Node? Find(ReadOnlySpan<char> word)
            {
                foreach (var (w, next) in children)
                    if (w.Length == word.Length && word.Equals(w, StringComparison.OrdinalIgnoreCase)) return next;
                return null;
            }
        }
    }
}
