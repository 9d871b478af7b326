using System.Text;

namespace AnalysisKit.Tables;

/// <summary>
/// One spelling per source, applied where claims enter the analysis tables: articles write the
/// same source as "local media" and "Local media", or with a straight or a curly apostrophe, and
/// a table or chart that keyed on the raw text would show one source twice.
/// </summary>
public static class SourceName
{
    /// <summary>
    /// Trims and collapses white space, writes apostrophes straight (as the spec's examples do) and upper-cases a lower-case first
    /// letter (the name starts a legend entry or a table cell). Names that differ in anything else
    /// stay different.
    /// </summary>
    public static string Normalise(string source)
    {
        var sb = new StringBuilder(source.Length);
        foreach (var word in source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(word.Replace('’', '\''));
        }
        if (sb.Length > 0 && char.IsLower(sb[0])) sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }
}
