using System.Text.RegularExpressions;

namespace AnalysisKit.Claims;

/// <summary>
/// The spec's source rule: case-insensitive, one contains the other, they share a proper name, or
/// one is the other's acronym (<c>SBI</c> and <c>State Bureau of Investigation</c>).
/// </summary>
internal static partial class SourceMatch
{
    // Capitalised words that name no one in particular.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "for", "and", "via", "by", "from", "to", "with", "citing",
        "office", "general", "general's", "ministry", "media", "local", "source", "sources", "data",
        "unnamed", "unknown", "official", "officials", "report", "reports", "news", "agency",
        "ukrainian", "russian", "ukraine", "russia", "military", "forces", "security", "state",
    };

    public static bool Agrees(string gold, string predicted)
    {
        var a = gold.Trim();
        var b = predicted.Trim();
        if (a.Length == 0 || b.Length == 0) return a.Length == b.Length;
        if (a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase)) return true;
        return SharesProperName(a, b) || SharesProperName(b, a) || IsAcronymOf(a, b) || IsAcronymOf(b, a);
    }

    // Case-insensitive, as the spec's rule is: a proper name of one side written in lower case in
    // the other still names the same body ("Ministry of Defence" and "the defence ministry").
    private static bool SharesProperName(string named, string other)
    {
        var words = Word().Matches(other).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return ProperNames(named).Overlaps(words);
    }

    // An all-capitals word of one source spells the initials of a run of capitalised words of the
    // other ("SBI" in "Ukraine's SBI" and "State Bureau of Investigation (via CPS)"); the small words
    // between them ("of", "for", "and") carry no initial.
    internal static bool IsAcronymOf(string acronymSide, string nameSide)
    {
        var initials = string.Concat(Word().Matches(nameSide)
            .Select(m => m.Value)
            .Where(w => char.IsUpper(w[0]))
            .Select(w => w[0]));
        return Word().Matches(acronymSide)
            .Select(m => m.Value)
            .Any(w => w.Length >= 2 && w.All(char.IsUpper) && initials.Contains(w, StringComparison.Ordinal));
    }

    internal static HashSet<string> ProperNames(string source) =>
        Word().Matches(source)
            .Select(m => m.Value)
            .Where(w => char.IsUpper(w[0]) && w.Length > 1 && !NotNames.Contains(w))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\p{L}[\p{L}'’\-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10000)]
    private static partial Regex Word();
}
