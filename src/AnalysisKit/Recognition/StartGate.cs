namespace AnalysisKit.Recognition;

/// <summary>
/// Which of up to 64 patterns can start at a word boundary, told from the words there: a trie of
/// the opening words ("in the first", "desert…") of every pattern (<see cref="PatternStarts.Words"/>),
/// and first characters for patterns that may open another way. One array step per character
/// instead of a scan per pattern; a superset, so a pattern it rules out cannot match there.
/// Candidates come as a bit mask, bit p for pattern p.
/// </summary>
internal sealed class StartGate
{
    public const int MaxPatterns = 64;

    // Trie symbols: a-z, the space between words, any other letter (one symbol for all: a shared
    // branch only adds candidates), and a run of digits.
    private const int Space = 26;
    private const int OtherLetter = 27;
    private const int DigitRun = 28;
    private const int Symbols = 29;

    // The "other" patterns that can start with each ASCII character, and with others.
    private readonly ulong[] otherByAscii = new ulong[128];
    private readonly (int Pattern, HashSet<char>? First)[] otherStarts;
    // Whether any pattern can start with an ASCII character: most boundaries end here.
    private readonly bool[] asciiMayStart = new bool[128];
    // trie[node * Symbols + symbol]: the child node, 0 for none (the root is no one's child).
    private readonly int[] trie;
    // Per node: the patterns whose opening words end there (closed) or may go on (open).
    private readonly ulong[] closed;
    private readonly ulong[] open;

    public StartGate(IReadOnlyList<string> patterns, bool ignoreCase)
    {
        if (patterns.Count > MaxPatterns) throw new ArgumentException($"at most {MaxPatterns} patterns per gate", nameof(patterns));
        var build = new Builder();
        var others = new List<(int, HashSet<char>?)>();
        for (var p = 0; p < patterns.Count; p++)
        {
            var bit = 1UL << p;
            var words = PatternStarts.Words(patterns[p], ignoreCase);
            foreach (var key in words.Closed) build.Closed[build.Insert(key)] |= bit;
            foreach (var key in words.Open) build.Open[build.Insert(key)] |= bit;
            if (!words.Other) continue;
            others.Add((p, words.OtherFirst));
            for (var c = 0; c < 128; c++)
                if (words.OtherFirst is not { } set || set.Contains((char)c)) otherByAscii[c] |= bit;
        }
        otherStarts = [.. others];
        trie = [.. build.Children];
        closed = [.. build.Closed];
        open = [.. build.Open];
        for (var c = 0; c < 128; c++)
            asciiMayStart[c] = otherByAscii[c] != 0
                || (char.IsAsciiDigit((char)c) && trie[DigitRun] != 0)
                || (char.IsAsciiLetter((char)c) && trie[LetterSymbol((char)c)] != 0);
    }

    /// <summary>The patterns that can start at <paramref name="at"/>, a word boundary of <paramref name="text"/>.</summary>
    public ulong Candidates(string text, int at)
    {
        var c = text[at];
        ulong mask;
        if (c < 128)
        {
            if (!asciiMayStart[c]) return 0;
            mask = otherByAscii[c];
        }
        else
        {
            mask = 0;
            foreach (var (p, first) in otherStarts)
                if (first is null || first.Contains(c)) mask |= 1UL << p;
        }
        return char.IsLetterOrDigit(c) ? mask | Words(text, at) : mask;
    }

    /// <summary>Every pattern that can start at some word boundary of <paramref name="text"/>.</summary>
    public ulong AllIn(string text) => Collect(text, firstOnly: false);

    /// <summary>Whether any pattern can start at some word boundary of <paramref name="text"/>.</summary>
    public bool AnyIn(string text) => Collect(text, firstOnly: true) != 0;

    private ulong Collect(string text, bool firstOnly)
    {
        var found = 0UL;
        foreach (var at in WordBoundaries.Of(text))
        {
            found |= Candidates(text, at);
            if (firstOnly && found != 0) break;
        }
        return found;
    }

    // Follows the opening words down the trie: open keys along each word, the closed key at its
    // end, and on over white space to the next word while the trie goes on. A word is a run of
    // digits (one symbol), a run of letters, or digits then letters ("24th").
    private ulong Words(string text, int at)
    {
        var mask = 0UL;
        var node = 0;
        for (var word = 1; ; word++)
        {
            var i = at;
            if (char.IsDigit(text[i]))
            {
                node = trie[node * Symbols + DigitRun];
                if (node == 0) return mask;
                mask |= open[node];
                while (i < text.Length && char.IsDigit(text[i])) i++;
            }
            for (; i < text.Length; i++)
            {
                var symbol = LetterSymbol(text[i]);
                if (symbol < 0) break;
                node = trie[node * Symbols + symbol];
                if (node == 0) return mask;
                mask |= open[node];
            }
            mask |= closed[node];
            if (word == PatternStarts.MaxWords || i == text.Length || !char.IsWhiteSpace(text[i])) return mask;
            node = trie[node * Symbols + Space];
            if (node == 0) return mask;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length || !char.IsLetterOrDigit(text[i])) return mask;
            at = i;
        }
    }

    // The symbol of a letter; -1 for anything else.
    private static int LetterSymbol(char c) => c < 128 ? AsciiLetterSymbols[c] : char.IsLetter(c) ? OtherLetter : -1;

    private static readonly sbyte[] AsciiLetterSymbols =
        Enumerable.Range(0, 128).Select(c => (sbyte)(char.IsAsciiLetter((char)c) ? (c | 0x20) - 'a' : -1)).ToArray();

    // The trie as it grows.
    private sealed class Builder
    {
        public Builder() => AddNode();

        public List<int> Children { get; } = [];
        public List<ulong> Closed { get; } = [];
        public List<ulong> Open { get; } = [];

        public int Insert(string key)
        {
            var node = 0;
            foreach (var c in key)
            {
                var slot = node * Symbols + c switch { ' ' => Space, PatternStarts.Digits => DigitRun, _ => LetterSymbol(c) };
                if (Children[slot] == 0) Children[slot] = AddNode();
                node = Children[slot];
            }
            return node;
        }

        private int AddNode()
        {
            Children.AddRange(new int[Symbols]);
            Closed.Add(0);
            Open.Add(0);
            return Closed.Count - 1;
        }
    }
}
