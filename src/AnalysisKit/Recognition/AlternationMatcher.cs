using System.Numerics;
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
/// Parsers run on the regex interpreter: RegexOptions.Compiled cost seconds of JIT at every
/// start-up for a few per cent of steady-state throughput (README, Benchmarks).
/// </summary>
internal sealed class AlternationMatcher
{
    private readonly Regex[] parsers;
    // One gate per 64 alternatives, in priority order.
    private readonly StartGate[] gates;
    // For an alternative that opens with a common word or any name: words one of which its match
    // holds, so it is tried only in texts that have one ("the Monitor's data", "HUR figures show").
    private readonly StartGate? needs;
    // Per alternative: its bit in needs, or 0.
    private readonly ulong[] needBit;

    /// <param name="alternatives">Precise patterns in priority order; may use named groups and lookarounds.</param>
    /// <param name="options">IgnoreCase/CultureInvariant etc.</param>
    public AlternationMatcher(IReadOnlyList<Alternative> alternatives, RegexOptions options)
    {
        parsers = alternatives
            .Select(a => new Regex(@"\G\b(?:" + a.Pattern + ")", options | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(10)))
            .ToArray();
        var ignoreCase = options.HasFlag(RegexOptions.IgnoreCase);
        gates = alternatives.Select(a => a.Pattern).Chunk(StartGate.MaxPatterns).Select(chunk => new StartGate(chunk, ignoreCase)).ToArray();
        var needed = alternatives.Where(a => a.Needs is not null).Select(a => a.Needs!).Distinct().ToList();
        needs = needed.Count > 0 ? new StartGate(needed, ignoreCase) : null;
        needBit = alternatives.Select(a => a.Needs is null ? 0 : 1UL << needed.IndexOf(a.Needs)).ToArray();
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
        ulong? met = null;
        var next = from;
        foreach (var at in WordBoundaries.Of(text))
        {
            if (at < next) continue;
            if (at >= to) break;
            if (FirstMatch(text, at, ref met) is not { } hit) continue;
            hits.Add(hit);
            next = hit.Match.Index + hit.Match.Length;
        }
        return hits;
    }

    // The first alternative, in priority order, that can start at the boundary and matches there;
    // met holds the needed words the text has, read when first asked.
    private Hit? FirstMatch(string text, int at, ref ulong? met)
    {
        for (var g = 0; g < gates.Length; g++)
            for (var bits = gates[g].Candidates(text, at); bits != 0; bits &= bits - 1)
            {
                var alternative = g * StartGate.MaxPatterns + BitOperations.TrailingZeroCount(bits);
                if (needBit[alternative] != 0 && (needBit[alternative] & (met ??= needs!.AllIn(text))) == 0) continue;
                var m = parsers[alternative].Match(text, at);
                if (m.Success && m.Length > 0) return new Hit(alternative, m);
            }
        return null;
    }
}
