using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// Matches an ordered list of alternatives with leftmost-first semantics, fast. A single
/// backtracking regex over many alternatives pays for every branch at every position (about a
/// microsecond a character here); so a NonBacktracking scanner, derived from the same patterns
/// with captures and lookarounds removed (it may only over-match), finds candidate starts in
/// linear time, and the precise backtracking patterns, anchored with <c>\G</c>, are tried in order
/// only there. Each alternative gets its own small parser: one compiled regex over all of them is a
/// method too large for the JIT to optimize (measured 4-8 µs an attempt against 0.03-0.2 µs).
/// Scanners are split until each fits the NonBacktracking automaton limit.
/// </summary>
internal sealed class AlternationMatcher
{
    private readonly Regex[] scanners;
    private readonly Regex[] parsers;

    // For each alternative, the characters its match can start with (null: any); lets a candidate
    // skip the parsers that cannot match there.
    private readonly HashSet<char>?[] starts;

    /// <param name="alternatives">Precise patterns in priority order; may use named groups and lookarounds.</param>
    /// <param name="options">IgnoreCase/CultureInvariant etc.; the same for scanner and parser.</param>
    /// <param name="prefix">A zero-width guard put before every alternative, e.g. <c>\b</c>.</param>
    public AlternationMatcher(IReadOnlyList<string> alternatives, RegexOptions options, string prefix = @"\b")
    {
        var timeout = TimeSpan.FromSeconds(10);
        parsers = alternatives
            .Select(a => new Regex(@"\G" + prefix + "(?:" + a + ")", options | RegexOptions.Compiled | RegexOptions.ExplicitCapture, timeout))
            .ToArray();
        starts = alternatives.Select(a => PatternStarts.Of(a)).ToArray();
        var scan = alternatives.Select(a => StripForScanning(a)).ToList();
        var built = new List<Regex>();
        BuildScanners(scan, 0, scan.Count, StripForScanning(prefix), options, timeout, built);
        scanners = built.ToArray();
    }

    /// <summary>A precise match: which alternative, and the parser's match for its groups.</summary>
    internal readonly record struct Hit(int Alternative, Match Match);

    /// <summary>Precise, non-overlapping matches starting in text[from..to), leftmost first.</summary>
    public List<Hit> Matches(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        var hits = new List<Hit>();
        // Each scanner's next candidate start at or after pos (-1: none left, -2: not yet scanned);
        // a scanner's match object is never needed, only where it starts.
        Span<int> next = scanners.Length <= 16 ? stackalloc int[scanners.Length] : new int[scanners.Length];
        next.Fill(-2);
        var pos = from;
        while (pos < to)
        {
            var start = int.MaxValue;
            for (var s = 0; s < scanners.Length; s++)
            {
                if (next[s] == -2 || (next[s] >= 0 && next[s] < pos)) next[s] = FirstStart(scanners[s], text, pos);
                if (next[s] >= 0 && next[s] < to && next[s] < start) start = next[s];
            }
            if (start == int.MaxValue) break;
            Match? parsed = null;
            var alternative = 0;
            var first = text[start];
            for (; alternative < parsers.Length; alternative++)
            {
                if (starts[alternative] is { } set && !set.Contains(first)) continue;
                var m = parsers[alternative].Match(text, start);
                if (m.Success && m.Length > 0) { parsed = m; break; }
            }
            if (parsed is null)
            {
                pos = start + 1;
                continue;
            }
            hits.Add(new Hit(alternative, parsed));
            pos = parsed.Index + parsed.Length;
        }
        return hits;
    }

    private static int FirstStart(Regex scanner, string text, int pos)
    {
        foreach (var m in scanner.EnumerateMatches(text.AsSpan(), pos)) return m.Index;
        return -1;
    }

    private static void BuildScanners(List<string> scan, int from, int count, string prefix, RegexOptions options, TimeSpan timeout, List<Regex> into)
    {
        try
        {
            into.Add(new Regex(prefix + "(?:" + string.Join("|", scan.Skip(from).Take(count)) + ")",
                (options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture, timeout));
        }
        catch (NotSupportedException) when (count > 1)
        {
            // Too large for one automaton: halve. Order of scanners does not matter, the leftmost start wins.
            BuildScanners(scan, from, count / 2, prefix, options, timeout, into);
            BuildScanners(scan, from + count / 2, count - count / 2, prefix, options, timeout, into);
        }
        catch (NotSupportedException)
        {
            // One alternative alone too large: scan it with a compiled backtracking regex (still bounded).
            into.Add(new Regex(prefix + "(?:" + scan[from] + ")", options | RegexOptions.Compiled | RegexOptions.ExplicitCapture, timeout));
        }
    }

    /// <summary>
    /// The pattern with named groups made non-capturing, lookarounds dropped and bounded repeats
    /// unbounded: it matches wherever the original does (and maybe more), and NonBacktracking can
    /// build it.
    /// </summary>
    internal static string StripForScanning(string pattern)
    {
        var text = new StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                text.Append(c).Append(pattern[++i]);
                continue;
            }
            if (inClass)
            {
                if (c == ']') inClass = false;
                text.Append(c);
                continue;
            }
            if (c == '[')
            {
                inClass = true;
                text.Append(c);
                continue;
            }
            if (c == '{' && BoundedRepeat(pattern, i) is var (min, brace) && brace > 0)
            {
                // {0,6} → *, {1,80} → +: a looser scanner, a much smaller automaton.
                text.Append(min == 0 ? '*' : '+');
                i = brace;
                continue;
            }
            if (c == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?')
            {
                var kind = pattern[i + 2];
                var lookbehind = kind == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!';
                if (kind is '=' or '!' || lookbehind)
                {
                    i = ClosingParen(pattern, i);
                    continue;
                }
                if (kind == '>')
                {
                    // Atomic (?>...) → (?:...): NonBacktracking has no atomic groups, and matches more without.
                    text.Append("(?:");
                    i += 2;
                    continue;
                }
                if (kind == '<' || kind == '\'')
                {
                    // (?<name>...) → (?:...)
                    var close = pattern.IndexOf(kind == '<' ? '>' : '\'', i + 3);
                    text.Append("(?:");
                    i = close;
                    continue;
                }
            }
            text.Append(c);
        }
        return text.ToString();
    }

    // "{m,n}" or "{m,}" at i: (m, index of '}'); (0, -1) for anything else, such as "{m}".
    private static (int Min, int Close) BoundedRepeat(string pattern, int i)
    {
        var close = pattern.IndexOf('}', i);
        if (close < 0) return (0, -1);
        var body = pattern.AsSpan(i + 1, close - i - 1);
        var comma = body.IndexOf(',');
        if (comma <= 0 || !int.TryParse(body[..comma], out var min)) return (0, -1);
        foreach (var ch in body[(comma + 1)..])
            if (!char.IsDigit(ch)) return (0, -1);
        return (min, close);
    }

    private static int ClosingParen(string pattern, int open)
    {
        var depth = 0;
        var inClass = false;
        for (var j = open; j < pattern.Length; j++)
        {
            var c = pattern[j];
            if (c == '\\') { j++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return j;
        }
        return pattern.Length - 1;
    }
}
