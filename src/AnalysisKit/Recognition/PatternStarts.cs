namespace AnalysisKit.Recognition;

/// <summary>
/// The characters a pattern's match can start with, read from the pattern text: enough of .NET
/// regex syntax for this kit's patterns (literals, escapes, classes, groups, alternation,
/// quantifiers, zero-width assertions). Letters count in both cases. Null means "could be anything"
/// (a construct it does not follow), which is always safe.
/// </summary>
internal static class PatternStarts
{
    /// <summary>The possible first characters of a match of <paramref name="pattern"/>; null when unknown.</summary>
    public static HashSet<char>? Of(string pattern)
    {
        var at = 0;
        var (set, _) = Alternation(pattern, ref at);
        return set;
    }

    // (first characters or null for any, whether the whole thing can match empty)
    private static (HashSet<char>? Set, bool Nullable) Alternation(string p, ref int i)
    {
        HashSet<char>? union = [];
        var nullable = false;
        while (true)
        {
            var (set, canBeEmpty) = Sequence(p, ref i);
            union = set is null || union is null ? null : [.. union, .. set];
            nullable |= canBeEmpty;
            if (i < p.Length && p[i] == '|') { i++; continue; }
            return (union, nullable);
        }
    }

    private static (HashSet<char>? Set, bool Nullable) Sequence(string p, ref int i)
    {
        HashSet<char>? first = [];
        var stillNullable = true;
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            var (set, atomNullable) = Atom(p, ref i);
            var optional = Quantifier(p, ref i);
            if (stillNullable) first = set is null || first is null ? null : [.. first, .. set];
            if (!(atomNullable || optional)) stillNullable = false;
        }
        return (first, stillNullable);
    }

    private static (HashSet<char>? Set, bool Nullable) Atom(string p, ref int i)
    {
        var c = p[i];
        if (c == '(')
        {
            i++;
            var zeroWidth = false;
            if (i < p.Length && p[i] == '?')
            {
                i++;
                if (p[i] is '=' or '!') { zeroWidth = true; i++; }
                else if (p[i] == '<' && i + 1 < p.Length && p[i + 1] is '=' or '!') { zeroWidth = true; i += 2; }
                else if (p[i] is '<' or '\'') i = p.IndexOf(p[i] == '<' ? '>' : '\'', i) + 1;
                else if (p[i] is ':' or '>') i++;
                else
                {
                    // Inline options: (?i:...), (?-i:...), (?i)
                    while (i < p.Length && p[i] is not (':' or ')')) i++;
                    if (p[i] == ')') { i++; return ([], true); }
                    i++;
                }
            }
            var inner = Alternation(p, ref i);
            i++; // ')'
            return zeroWidth ? ([], true) : inner;
        }
        if (c == '[') return (Class(p, ref i), false);
        if (c == '\\')
        {
            var e = p[i + 1];
            i += 2;
            switch (e)
            {
                case 'b': case 'B': case 'G': case 'A': case 'z': case 'Z': return ([], true);
                case 's': return ([' ', '\t', '\n', '\r', '\f', '\v', '\u00A0'], false);
                case 'd': return ([.. "0123456789"], false);
                case 'p':
                case 'P':
                    i = p.IndexOf('}', i) + 1;
                    return (null, false);
                case 'w': case 'W': case 'S': case 'D': return (null, false);
                default: return (Cased(e), false);
            }
        }
        i++;
        return c switch
        {
            '^' or '$' => ([], true),
            '.' => (null, false),
            _ => (Cased(c), false),
        };
    }

    private static HashSet<char>? Class(string p, ref int i)
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
                else if (e is 's') set.UnionWith([' ', '\t', '\n', '\r', '\f', '\v', '\u00A0']);
                else if (e is 'd') set.UnionWith("0123456789");
                else if (e is 'w' or 'W' or 'S' or 'D') unknown = true;
                else set.UnionWith(Cased(e));
                continue;
            }
            if (i + 2 < p.Length && p[i + 1] == '-' && p[i + 2] != ']')
            {
                for (var x = c; x <= p[i + 2]; x++) set.UnionWith(Cased(x));
                i += 3;
                continue;
            }
            if (!(negated && first && c == '^')) set.UnionWith(Cased(c));
            i++;
        }
        i++; // ']'
        return unknown ? null : set;
    }

    // ?, *, {0,n} make the atom optional; +, {n,m} do not. Lazy/possessive suffixes are skipped.
    private static bool Quantifier(string p, ref int i)
    {
        if (i >= p.Length) return false;
        var optional = false;
        if (p[i] is '?' or '*') { optional = true; i++; }
        else if (p[i] == '+') i++;
        else if (p[i] == '{' && p.IndexOf('}', i) is var close and > 0)
        {
            optional = p[i + 1] == '0';
            i = close + 1;
        }
        else return false;
        if (i < p.Length && p[i] == '?') i++;
        return optional;
    }

    private static HashSet<char> Cased(char c) => [char.ToLowerInvariant(c), char.ToUpperInvariant(c)];
}
