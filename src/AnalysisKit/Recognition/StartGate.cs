using System.Globalization;

namespace AnalysisKit.Recognition;

/// <summary>
/// Which of a list of patterns can start at a word boundary, told from the words there: a trie of
/// the opening words ("in the first", "desert…") of every pattern (<see cref="PatternStarts.Words"/>),
/// and first characters for patterns that may open another way. One array step per character
/// instead of a scan per pattern; a superset, so a pattern it rules out cannot match there.
/// </summary>
internal sealed class StartGate
{
    // Trie symbols: a-z, the space between words, and any other letter (one symbol for all: a
    // shared branch only adds candidates).
    private const int Space = 26;
    private const int OtherLetter = 27;
    private const int Symbols = 28;

    private readonly int count;
    private readonly bool[] other;
    private readonly HashSet<char>?[] otherStarts;
    // The "other" patterns that can start with each ASCII character, as masks.
    private readonly ulong[] otherByAscii;
    // Whether any pattern can start with an ASCII character: most boundaries end here.
    private readonly bool[] asciiMayStart = new bool[128];
    // trie[node * Symbols + symbol]: the child node, 0 for none (the root is no one's child).
    private readonly int[] trie;
    // Per node: where its closed and open masks start in masks, -1 for none.
    private readonly int[] closedMasks;
    private readonly int[] openMasks;
    private readonly ulong[] masks;

    public StartGate(IReadOnlyList<string> patterns, bool ignoreCase)
    {
        count = patterns.Count;
        MaskLength = (count + 63) / 64;
        other = new bool[count];
        otherStarts = new HashSet<char>?[count];
        otherByAscii = new ulong[128 * MaskLength];
        var build = new Builder(MaskLength);
        for (var p = 0; p < count; p++)
        {
            var words = PatternStarts.Words(patterns[p], ignoreCase);
            foreach (var key in words.Closed) build.Mark(build.ClosedAt, build.Insert(key), p);
            foreach (var key in words.Open) build.Mark(build.OpenAt, build.Insert(key), p);
            if (!words.Other) continue;
            other[p] = true;
            otherStarts[p] = words.OtherFirst;
            for (var c = 0; c < 128; c++)
                if (otherStarts[p] is not { } set || set.Contains((char)c)) Set(otherByAscii.AsSpan(c * MaskLength, MaskLength), p);
        }
        trie = [.. build.Children];
        closedMasks = [.. build.ClosedAt];
        openMasks = [.. build.OpenAt];
        masks = [.. build.Masks];
        for (var c = 0; c < 128; c++)
            asciiMayStart[c] = otherByAscii.AsSpan(c * MaskLength, MaskLength).IndexOfAnyExcept(0UL) >= 0
                || (char.IsAsciiLetter((char)c) && trie[Symbol((char)c)] != 0);
    }

    /// <summary>How many ulongs a candidate mask takes.</summary>
    public int MaskLength { get; }

    /// <summary>
    /// Sets in <paramref name="mask"/> the patterns that can start at <paramref name="at"/>, a word
    /// boundary of <paramref name="text"/>; false when none can.
    /// </summary>
    public bool Candidates(string text, int at, Span<ulong> mask)
    {
        var c = text[at];
        if (c < 128 && !asciiMayStart[c]) return false;
        if (c < 128) otherByAscii.AsSpan(c * MaskLength, MaskLength).CopyTo(mask);
        else
        {
            mask.Clear();
            for (var p = 0; p < count; p++)
                if (other[p] && (otherStarts[p] is not { } set || set.Contains(c))) Set(mask, p);
        }
        if (char.IsLetter(c)) AddWords(text, at, mask);
        return mask.IndexOfAnyExcept(0UL) >= 0;
    }

    /// <summary>Sets in <paramref name="found"/> every pattern that can start at some word boundary of <paramref name="text"/>.</summary>
    public void AllIn(string text, Span<ulong> found) => Collect(text, found, firstOnly: false);

    /// <summary>Whether any pattern can start at some word boundary of <paramref name="text"/>.</summary>
    public bool AnyIn(string text)
    {
        Span<ulong> found = MaskLength <= 4 ? stackalloc ulong[MaskLength] : new ulong[MaskLength];
        Collect(text, found, firstOnly: true);
        return found.IndexOfAnyExcept(0UL) >= 0;
    }

    private void Collect(string text, Span<ulong> found, bool firstOnly)
    {
        found.Clear();
        Span<ulong> mask = MaskLength <= 4 ? stackalloc ulong[MaskLength] : new ulong[MaskLength];
        for (var at = 0; at < text.Length; at++)
        {
            if (!IsBoundary(text, at) || !Candidates(text, at, mask)) continue;
            for (var i = 0; i < found.Length; i++) found[i] |= mask[i];
            if (firstOnly) return;
        }
    }

    /// <summary>Whether a regex <c>\b</c> falls just before text[at].</summary>
    public static bool IsBoundary(string text, int at) =>
        IsWordChar(text[at]) != (at > 0 && IsWordChar(text[at - 1]));

    // Follows the opening words down the trie: open keys along each word, the closed key at its
    // end, and on over white space to the next word while the trie goes on.
    private void AddWords(string text, int at, Span<ulong> mask)
    {
        var node = 0;
        for (var word = 1; ; word++)
        {
            var i = at;
            for (; i < text.Length && char.IsLetter(text[i]); i++)
            {
                node = trie[node * Symbols + Symbol(text[i])];
                if (node == 0) return;
                Or(mask, openMasks[node]);
            }
            Or(mask, closedMasks[node]);
            if (word == PatternStarts.MaxWords || i == text.Length || !char.IsWhiteSpace(text[i])) return;
            node = trie[node * Symbols + Space];
            if (node == 0) return;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i == text.Length || !char.IsLetter(text[i])) return;
            at = i;
        }
    }

    /// <summary>
    /// Whether a regex <c>\b</c> can fall between two characters: .NET's word characters are
    /// letters, non-spacing marks, decimal digits, connector punctuation and the
    /// zero-width (non-)joiner.
    /// </summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c) || c == '_';
        if (c is '\u200C' or '\u200D') return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation;
    }

    private static int Symbol(char c) => c < 128 ? (c | 0x20) - 'a' : OtherLetter;

    // The trie and its masks as they grow.
    private sealed class Builder
    {
        private readonly int maskLength;

        public Builder(int maskLength)
        {
            this.maskLength = maskLength;
            AddNode();
        }

        public List<int> Children { get; } = [];
        public List<int> ClosedAt { get; } = [];
        public List<int> OpenAt { get; } = [];
        public List<ulong> Masks { get; } = [];

        public int Insert(string key)
        {
            var node = 0;
            foreach (var c in key)
            {
                var slot = node * Symbols + (c == ' ' ? Space : Symbol(c));
                if (Children[slot] == 0) Children[slot] = AddNode();
                node = Children[slot];
            }
            return node;
        }

        public void Mark(List<int> at, int node, int p)
        {
            if (at[node] < 0)
            {
                at[node] = Masks.Count;
                Masks.AddRange(new ulong[maskLength]);
            }
            Masks[at[node] + (p >> 6)] |= 1UL << (p & 63);
        }

        private int AddNode()
        {
            Children.AddRange(new int[Symbols]);
            ClosedAt.Add(-1);
            OpenAt.Add(-1);
            return ClosedAt.Count - 1;
        }
    }

    private static void Set(Span<ulong> mask, int p) => mask[p >> 6] |= 1UL << (p & 63);

    private void Or(Span<ulong> mask, int at)
    {
        if (at < 0) return;
        for (var i = 0; i < mask.Length; i++) mask[i] |= masks[at + i];
    }
}
