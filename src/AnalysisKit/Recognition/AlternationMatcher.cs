using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Matches an ordered list of alternatives at word boundaries with leftmost-first semantics, fast.
/// A single backtracking regex over many alternatives pays for every branch at every position
/// (about a microsecond a character here), and automaton scanners still cost a pass over the text
/// each (2-15 ns a character). So a <see cref="StartGate"/> reads the word at each boundary and
/// names the few alternatives that can open with it, and only their precise patterns, anchored
/// with <c>\G</c>, are tried there. Each alternative gets its own small parser: one compiled regex
/// over all of them is a method too large for the JIT to optimize (measured 4-8 µs an attempt
/// against 0.03-0.2 µs). Parsers must be bounded (no nested unbounded repeats): each is tried at
/// one position at a time, so bounded parsers keep a pathological text linear.
/// </summary>
internal sealed class AlternationMatcher
{
    private readonly Regex[] parsers;
    private readonly StartGate gate;
    // For an alternative that opens with a common word or any name: words one of which its match
    // holds, so it is tried only in texts that have one ("Mediazona's data", "HUR figures show").
    private readonly StartGate? needs;
    // Per alternative: its index in needs, or -1.
    private readonly int[] needOf;

    /// <param name="alternatives">Precise patterns in priority order; may use named groups and lookarounds.</param>
    /// <param name="options">IgnoreCase/CultureInvariant etc.</param>
    public AlternationMatcher(IReadOnlyList<Alternative> alternatives, RegexOptions options)
    {
        parsers = alternatives
            .Select(a => new Regex(@"\G\b(?:" + a.Pattern + ")", options | RegexOptions.Compiled | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(10)))
            .ToArray();
        var ignoreCase = options.HasFlag(RegexOptions.IgnoreCase);
        gate = new StartGate(alternatives.Select(a => a.Pattern).ToList(), ignoreCase);
        var needed = alternatives.Where(a => a.Needs is not null).Select(a => a.Needs!).Distinct().ToList();
        needs = needed.Count > 0 ? new StartGate(needed, ignoreCase) : null;
        needOf = alternatives.Select(a => a.Needs is null ? -1 : needed.IndexOf(a.Needs)).ToArray();
    }

    /// <param name="alternatives">Precise patterns in priority order.</param>
    /// <param name="options">IgnoreCase/CultureInvariant etc.</param>
    public AlternationMatcher(IReadOnlyList<string> alternatives, RegexOptions options)
        : this(alternatives.Select(a => new Alternative(a)).ToList(), options)
    {
    }

    /// <summary>A precise pattern, and optionally a pattern of words its match must hold one of.</summary>
    internal sealed record Alternative(string Pattern, string? Needs = null)
    {
        public static implicit operator Alternative(string pattern) => new(pattern);
    }

    /// <summary>A precise match: which alternative, and the parser's match for its groups.</summary>
    internal readonly record struct Hit(int Alternative, Match Match);

    /// <summary>Precise, non-overlapping matches starting in text[from..to), leftmost first.</summary>
    public List<Hit> Matches(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var hits = new List<Hit>();
        Span<ulong> candidates = gate.MaskLength <= 4 ? stackalloc ulong[gate.MaskLength] : new ulong[gate.MaskLength];
        Span<ulong> ruledOut = stackalloc ulong[gate.MaskLength];
        RuleOutUnmetNeeds(text, ruledOut);
        var wordBefore = from > 0 && StartGate.IsWordChar(text[from - 1]);
        for (var at = from; at < to; at++)
        {
            var word = StartGate.IsWordChar(text[at]);
            var boundary = word != wordBefore;
            wordBefore = word;
            if (!boundary || !gate.Candidates(text, at, candidates)) continue;
            for (var w = 0; w < candidates.Length; w++) candidates[w] &= ~ruledOut[w];
            if (FirstMatch(text, at, candidates) is not { } hit) continue;
            hits.Add(hit);
            var end = hit.Match.Index + hit.Match.Length;
            if (end >= to) break;
            at = end - 1;
            wordBefore = StartGate.IsWordChar(text[at]);
        }
        return hits;
    }

    // The alternatives whose needed words the text lacks: they cannot match anywhere in it.
    private void RuleOutUnmetNeeds(string text, Span<ulong> ruledOut)
    {
        ruledOut.Clear();
        if (needs is null) return;
        Span<ulong> met = needs.MaskLength <= 4 ? stackalloc ulong[needs.MaskLength] : new ulong[needs.MaskLength];
        needs.AllIn(text, met);
        for (var a = 0; a < needOf.Length; a++)
            if (needOf[a] is var n and >= 0 && (met[n >> 6] >> (n & 63) & 1) == 0) ruledOut[a >> 6] |= 1UL << (a & 63);
    }

    // The first alternative, in priority order, among the candidates that matches at the position.
    private Hit? FirstMatch(string text, int at, ReadOnlySpan<ulong> candidates)
    {
        for (var w = 0; w < candidates.Length; w++)
            for (var bits = candidates[w]; bits != 0; bits &= bits - 1)
            {
                var alternative = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                var m = parsers[alternative].Match(text, at);
                if (m.Success && m.Length > 0) return new Hit(alternative, m);
            }
        return null;
    }
}
