using static AnalysisKit.Recognition.PatternSyntax;

namespace AnalysisKit.Recognition;

/// <summary>
/// How a pattern's match can start, read from the pattern text: the words it can open with, and the
/// first characters of matches that open otherwise. A superset of the truth, so a caller that
/// skips positions it rules out never misses a match.
/// </summary>
internal static class PatternStarts
{
    /// <summary>
    /// The words a match of <paramref name="pattern"/> can open with, up to <see cref="MaxWords"/> of
    /// them, lower case and joined by one space: "the first" for <c>the\s+first\s+half</c> (closed:
    /// the text's words are exactly these), "in octob" for <c>in\s+Octob(?:er)?</c> (open: the last
    /// word starts with it), "since #" for <c>since\s+\d{4}</c> (a run of digits is one '#'). <see cref="StartWords.Other"/> is set when a match may also start some
    /// other way (a digit, a capital from a class, an unknown character), with the characters it
    /// may then start with.
    /// </summary>
    public static StartWords Words(string pattern, bool ignoreCase)
    {
        var words = new StartWords();
        var walk = new WordWalk(words);
        walk.Run([Parse(pattern, ignoreCase)], 0, null, "", false);
        if (walk.GaveUp) words.OtherStarts(null);
        return words;
    }

    /// <summary>How a run of digits is spelled in a key.</summary>
    public const char Digits = '#';

    /// <summary>How many opening words a key holds: "in the first" tells a period from any "in the".</summary>
    public const int MaxWords = 3;

    /// <summary>Lower-case opening words, and how else a match may start.</summary>
    internal sealed class StartWords
    {
        public HashSet<string> Closed { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Open { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether a match may start other than with these words.</summary>
        public bool Other { get; private set; }

        /// <summary>The characters such a match starts with; null when it could be any.</summary>
        public HashSet<char>? OtherFirst { get; private set; } = [];

        internal void OtherStarts(IEnumerable<char>? first)
        {
            Other = true;
            if (first is null) OtherFirst = null;
            else OtherFirst?.UnionWith(first);
        }
    }

    // Walks every way a match can begin, spelling its opening words letter by letter: white space
    // between words is one space in the key; any other non-letter ends the key (closed), and
    // anything unknown leaves its last word open.
    private sealed class WordWalk(StartWords words)
    {
        // Nested optional groups multiply paths; past this many steps the pattern counts as "other".
        private const int MaxSteps = 1_000_000;
        private const int MaxLetterChoices = 6;
        private int steps;

        public bool GaveUp { get; private set; }

        // What follows the sequence being walked: the rest of an enclosing sequence.
        internal sealed record Rest(Node[] Nodes, int Index, Rest? Next);

        // wordEnded: a \b after the last letter, so no letter can follow.
        public void Run(Node[] nodes, int index, Rest? rest, string key, bool wordEnded)
        {
            if (GaveUp) return;
            if (++steps > MaxSteps) { GaveUp = true; return; }
            if (index == nodes.Length)
            {
                if (rest is not null) Run(rest.Nodes, rest.Index, rest.Next, key, wordEnded);
                else End(key, open: !wordEnded);
                return;
            }
            switch (nodes[index])
            {
                case ZeroWidth:
                    Run(nodes, index + 1, rest, key, wordEnded);
                    break;
                case WordBoundary:
                    Run(nodes, index + 1, rest, key, wordEnded || (key.Length > 0 && !key.EndsWith(' ')));
                    break;
                case Alternation alternation:
                    foreach (var branch in alternation.Branches)
                        Run(branch, 0, new Rest(nodes, index + 1, rest), key, wordEnded);
                    break;
                case Repeat repeat:
                    if (repeat.Min == 0) Run(nodes, index + 1, rest, key, wordEnded);
                    // One pass through the body. More passes of white space or digits change nothing;
                    // after more passes of anything else, the text is unknown.
                    var again = repeat.Max > 1 && !(repeat.Body is Chars body && (body.AllWhiteSpace || body.AllDigits));
                    Run([repeat.Body], 0, again ? new Rest([new Chars(null)], 0, null) : new Rest(nodes, index + 1, rest), key, wordEnded);
                    break;
                case Chars chars:
                    Step(chars, nodes, index, rest, key, wordEnded);
                    break;
            }
        }

        private void Step(Chars chars, Node[] nodes, int index, Rest? rest, string key, bool wordEnded)
        {
            if (chars.Set is not { } set) { End(key, open: !wordEnded); return; }
            var letters = chars.Letters;
            if (chars.AllDigits && (key.Length == 0 || key.EndsWith(' ') || key.EndsWith(Digits)))
            {
                // A run of digits is one token, '#': "24th" is "#th", "from 2022" is "from #".
                if (!wordEnded) Run(nodes, index + 1, rest, key.EndsWith(Digits) ? key : key + Digits, false);
                return;
            }
            if (key.Length == 0)
            {
                // The first character: a non-letter, or a letter from a class too wide to spell out.
                var other = set.Where(c => !char.IsLetter(c) || letters.Count > MaxLetterChoices).ToList();
                if (other.Count > 0) words.OtherStarts(other);
                if (letters.Count <= MaxLetterChoices)
                    foreach (var letter in letters) Run(nodes, index + 1, rest, key + letter, false);
                return;
            }
            if (chars.AnyWhiteSpace)
            {
                if (key.EndsWith(' ')) Run(nodes, index + 1, rest, key, false);
                else if (key.Count(c => c == ' ') + 1 < MaxWords) Run(nodes, index + 1, rest, key + " ", false);
                else End(key, open: false);
            }
            if (chars.AnyOtherNonLetter) End(key, open: false);
            if (wordEnded) return;
            if (letters.Count > MaxLetterChoices) { End(key, open: true); return; }
            foreach (var letter in letters) Run(nodes, index + 1, rest, key + letter, false);
        }

        // The key ends here; a match that may open with anything at all is "other".
        private void End(string key, bool open)
        {
            if (key.Length == 0) words.OtherStarts(null);
            // "the " then anything: the words so far are whole.
            else if (key.EndsWith(' ')) words.Closed.Add(key.TrimEnd());
            else (open ? words.Open : words.Closed).Add(key);
        }
    }
}
