namespace AnalysisKit.Recognition;

/// <summary>
/// A pattern read into a small syntax tree: enough of .NET regex syntax for this kit's patterns
/// (literals, escapes, classes, groups, alternation, quantifiers, zero-width assertions) to say
/// how a match can start. Letters stand for both cases where the pattern ignores case, following
/// <c>(?i:...)</c> and <c>(?-i:...)</c>. Anything it does not follow becomes an unknown character,
/// which is always the safe reading.
/// </summary>
internal static class PatternSyntax
{
    internal abstract record Node;

    /// <summary>One character from <paramref name="Set"/>; null when it could be anything.</summary>
    internal sealed record Chars(HashSet<char>? Set) : Node
    {
        // What kinds of character the set holds, read once: a walk over a pattern visits a node
        // on many paths.
        public IReadOnlyList<char> Letters { get; } = Set is null ? [] : Set.Where(char.IsLetter).Select(char.ToLowerInvariant).Distinct().ToList();
        public bool AnyWhiteSpace { get; } = Set is not null && Set.Any(char.IsWhiteSpace);
        public bool AnyOtherNonLetter { get; } = Set is not null && Set.Any(c => !char.IsLetter(c) && !char.IsWhiteSpace(c));
        public bool AllWhiteSpace { get; } = Set is not null && Set.All(char.IsWhiteSpace);
        public bool AllDigits { get; } = Set is not null && Set.All(char.IsDigit);
    }

    /// <summary>A zero-width assertion other than \b: anchors, lookarounds, inline options.</summary>
    internal sealed record ZeroWidth : Node;

    /// <summary><c>\b</c>: after a letter, the word has ended.</summary>
    internal sealed record WordBoundary : Node;

    internal sealed record Alternation(IReadOnlyList<Node[]> Branches) : Node;

    internal sealed record Repeat(Node Body, int Min, int Max) : Node;

    /// <summary>The pattern as one alternation.</summary>
    public static Alternation Parse(string pattern, bool ignoreCase)
    {
        var at = 0;
        return ReadAlternation(pattern, ref at, ignoreCase);
    }

    private static Alternation ReadAlternation(string p, ref int i, bool ignoreCase)
    {
        var branches = new List<Node[]>();
        while (true)
        {
            branches.Add(ReadSequence(p, ref i, ref ignoreCase));
            if (i < p.Length && p[i] == '|') { i++; continue; }
            return new Alternation(branches);
        }
    }

    // ignoreCase is by reference: a bare (?i) or (?-i) holds to the end of its group.
    private static Node[] ReadSequence(string p, ref int i, ref bool ignoreCase)
    {
        var nodes = new List<Node>();
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            var atom = ReadAtom(p, ref i, ref ignoreCase);
            nodes.Add(ReadQuantifier(p, ref i) is var (min, max) ? new Repeat(atom, min, max) : atom);
        }
        return [.. nodes];
    }

    private static Node ReadAtom(string p, ref int i, ref bool ignoreCase)
    {
        var c = p[i];
        if (c == '(')
        {
            i++;
            var zeroWidth = false;
            var innerCase = ignoreCase;
            if (i < p.Length && p[i] == '?')
            {
                i++;
                if (p[i] is '=' or '!') { zeroWidth = true; i++; }
                else if (p[i] == '<' && i + 1 < p.Length && p[i + 1] is '=' or '!') { zeroWidth = true; i += 2; }
                else if (p[i] is '<' or '\'') i = p.IndexOf(p[i] == '<' ? '>' : '\'', i) + 1;
                else if (p[i] is ':' or '>') i++;
                else
                {
                    // Inline options: (?i:...), (?-i:...), (?i), (?mx-i:...)
                    var close = p.IndexOfAny([':', ')'], i);
                    var flags = p.AsSpan(i, close - i);
                    var minus = flags.IndexOf('-');
                    if (flags.IndexOf('i') is var at and >= 0) innerCase = minus < 0 || at < minus;
                    i = close + 1;
                    if (p[close] == ')') { ignoreCase = innerCase; return new ZeroWidth(); }
                }
            }
            var inner = ReadAlternation(p, ref i, innerCase);
            i++; // ')'
            return zeroWidth ? new ZeroWidth() : inner;
        }
        if (c == '[') return new Chars(ReadClass(p, ref i, ignoreCase));
        if (c == '\\')
        {
            var e = p[i + 1];
            i += 2;
            switch (e)
            {
                case 'b': return new WordBoundary();
                case 'B': case 'G': case 'A': case 'z': case 'Z': return new ZeroWidth();
                case 's': return new Chars([.. Whitespace]);
                case 'd': return new Chars([.. Digits]);
                case 'p':
                case 'P':
                    i = p.IndexOf('}', i) + 1;
                    return new Chars(null);
                case 'w': case 'W': case 'S': case 'D': return new Chars(null);
                // Backreferences and control characters: anything.
                case 'k': i = p.IndexOf('>', i) + 1; return new Chars(null);
                case >= '1' and <= '9': case 'c': return new Chars(null);
                case 'u' or 'x': return new Chars(Cased(Hex(p, ref i, e == 'u' ? 4 : 2), ignoreCase));
                default: return new Chars(Cased(Escaped(e), ignoreCase));
            }
        }
        i++;
        return c switch
        {
            '^' or '$' => new ZeroWidth(),
            '.' => new Chars(null),
            _ => new Chars(Cased(c, ignoreCase)),
        };
    }

    private static HashSet<char>? ReadClass(string p, ref int i, bool ignoreCase)
    {
        i++; // '['
        var negated = i < p.Length && p[i] == '^';
        var set = new HashSet<char>();
        var unknown = negated;
        for (var first = true; i < p.Length && (p[i] != ']' || first); first = false)
        {
            var c = p[i];
            if (c == '\\')
            {
                var e = p[i + 1];
                i += 2;
                if (e is 'p' or 'P') { i = p.IndexOf('}', i) + 1; unknown = true; }
                else if (e is 's') set.UnionWith(Whitespace);
                else if (e is 'd') set.UnionWith(Digits);
                else if (e is 'w' or 'W' or 'S' or 'D' or 'c') unknown = true;
                else if (e is 'u' or 'x')
                {
                    var from = Hex(p, ref i, e == 'u' ? 4 : 2);
                    // A range from an escaped character: "\u2010-\u2015".
                    if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
                    {
                        i++;
                        char to;
                        if (p[i] == '\\' && i + 1 < p.Length && p[i + 1] is 'u' or 'x')
                        {
                            var kind = p[i + 1];
                            i += 2;
                            to = Hex(p, ref i, kind == 'u' ? 4 : 2);
                        }
                        else to = p[i++];
                        for (var x = from; x <= to; x++) set.UnionWith(Cased(x, ignoreCase));
                    }
                    else set.UnionWith(Cased(from, ignoreCase));
                }
                else set.UnionWith(Cased(Escaped(e), ignoreCase));
                continue;
            }
            if (i + 2 < p.Length && p[i + 1] == '-' && p[i + 2] != ']')
            {
                for (var x = c; x <= p[i + 2]; x++) set.UnionWith(Cased(x, ignoreCase));
                i += 3;
                continue;
            }
            if (!(negated && first && c == '^')) set.UnionWith(Cased(c, ignoreCase));
            i++;
        }
        i++; // ']'
        return unknown ? null : set;
    }

    // ?, *, +, {n}, {n,}, {n,m} as (min, max); lazy and possessive suffixes are skipped.
    private static (int Min, int Max)? ReadQuantifier(string p, ref int i)
    {
        if (i >= p.Length) return null;
        (int, int) bounds;
        if (p[i] is '?' or '*' or '+')
        {
            bounds = p[i] switch { '?' => (0, 1), '*' => (0, int.MaxValue), _ => (1, int.MaxValue) };
            i++;
        }
        else if (p[i] == '{' && p.IndexOf('}', i) is var close and > 0 && Bounds(p.AsSpan(i + 1, close - i - 1)) is { } read)
        {
            bounds = read;
            i = close + 1;
        }
        else return null;
        if (i < p.Length && p[i] == '?') i++;
        return bounds;
    }

    private static (int, int)? Bounds(ReadOnlySpan<char> body)
    {
        var comma = body.IndexOf(',');
        if (comma < 0) return int.TryParse(body, out var n) ? (n, n) : null;
        if (!int.TryParse(body[..comma], out var min)) return null;
        if (comma == body.Length - 1) return (min, int.MaxValue);
        return int.TryParse(body[(comma + 1)..], out var max) ? (min, max) : null;
    }

    // The character of \uXXXX or \xXX, read from i (just after the letter).
    private static char Hex(string p, ref int i, int digits)
    {
        var c = (char)Convert.ToInt32(p.Substring(i, digits), 16);
        i += digits;
        return c;
    }

    // \t, \n, \r, \f, \v name control characters; any other escaped character stands for itself.
    private static char Escaped(char e) => e switch { 't' => '\t', 'n' => '\n', 'r' => '\r', 'f' => '\f', 'v' => '\v', _ => e };

    private static HashSet<char> Cased(char c, bool ignoreCase) => ignoreCase ? [char.ToLowerInvariant(c), char.ToUpperInvariant(c)] : [c];

    // \s and \d are Unicode-aware in .NET: every white space and decimal digit character.
    private static readonly char[] Whitespace = AllChars(char.IsWhiteSpace);
    private static readonly char[] Digits = AllChars(char.IsDigit);

    private static char[] AllChars(Func<char, bool> where) =>
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(where).ToArray();
}
