using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// Finds the share a sentence states for the figure it quotes: a percentage or a word fraction
/// followed by <c>of</c> (<c>less than 10% of</c>, <c>about a third of</c>, <c>half of</c>).
/// Requiring <c>of</c> keeps out changes (<c>rose by 20%</c>) and risks (<c>50% lower risk</c>).
/// </summary>
internal sealed class ShareParser
{
    // A guard against runaway backtracking, not a latency budget: busy CI machines stall for whole tenths of a second.
    // A guard against runaway patterns, not a speed target: generous so a loaded CI machine never trips it.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private static readonly Regex Share = new(
        """
        (?<!\b(?:first|second|last|latter|former|other)\s+)
        (?<phrase>(?:(?<hedge>less\s+than|fewer\s+than|under|below|up\s+to|no\s+more\s+than|at\s+most|just\s+under
                   |more\s+than|over|above|at\s+least|just\s+over|upwards\s+of
                   |about|around|roughly|approximately|some|nearly|almost|close\s+to|only|just)\s+)?
        (?:(?<percent>\d{1,3}(?:\.\d+)?)\s*(?:%|\s+per\s*cent\b|\s+percent\b)
          |(?<count>a|one|two|three|four|nine)[\s-]+(?<part>half|thirds?|quarters?|fifths?|tenths?)\b
          |(?<part>half)\b))
        \s+of\s+(?<of>[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,7})
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace,
        Timeout);

    // Another figure between the quote and a share means the share may be that figure's.
    private static readonly Regex Figure = new(@"\d[\d,.]{2,}", RegexOptions.CultureInvariant, Timeout);

    private static readonly IReadOnlyDictionary<string, int> Counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["nine"] = 9,
    };

    private static readonly IReadOnlyDictionary<string, int> Parts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["tenth"] = 10, ["tenths"] = 10,
    };

    /// <summary>
    /// The share stated for the quote at <paramref name="quoteStart"/> in <paramref name="sentence"/>:
    /// the first share after the quote, else the last before it; null when there is none or
    /// another figure stands between them.
    /// </summary>
    public StatedShare? Find(string sentence, int quoteStart, int quoteLength)
    {
        var quoteEnd = quoteStart + quoteLength;
        var matches = Share.Matches(sentence).Where(m => m.Index >= quoteEnd || m.Index + m.Length <= quoteStart).ToList();
        var chosen = matches.FirstOrDefault(m => m.Index >= quoteEnd) ?? matches.LastOrDefault(m => m.Index + m.Length <= quoteStart);
        if (chosen is null) return null;
        var between = chosen.Index >= quoteEnd
            ? sentence[quoteEnd..chosen.Index]
            : sentence[(chosen.Index + chosen.Length)..quoteStart];
        if (Figure.IsMatch(between)) return null;
        return ToShare(chosen);
    }

    /// <summary>The share stated for <paramref name="quote"/> in <paramref name="sentence"/>; null when the quote is not in it.</summary>
    public StatedShare? Find(string sentence, string quote)
    {
        var start = sentence.IndexOf(quote, StringComparison.Ordinal);
        return start < 0 ? null : Find(sentence, start, quote.Length);
    }

    private static StatedShare? ToShare(Match match)
    {
        decimal fraction;
        if (match.Groups["percent"].Success)
            fraction = decimal.Parse(match.Groups["percent"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) / 100m;
        else
        {
            var count = match.Groups["count"].Success ? Counts[match.Groups["count"].Value] : 1;
            fraction = (decimal)count / Parts[match.Groups["part"].Value];
        }
        if (fraction is <= 0m or > 1m) return null;
        return new StatedShare(match.Groups["phrase"].Value, fraction, Hedge(match.Groups["hedge"].Value), match.Groups["of"].Value);
    }

    private static Qualifier Hedge(string hedge) =>
        Regex.Replace(hedge.ToLowerInvariant(), @"\s+", " ", RegexOptions.None, Timeout) switch
        {
            "" or "only" or "just" => Qualifier.Exact,
            "less than" or "fewer than" or "under" or "below" or "up to" or "no more than" or "at most" or "just under" => Qualifier.Under,
            "more than" or "over" or "above" or "at least" or "just over" or "upwards of" => Qualifier.Over,
            _ => Qualifier.Approx,
        };
}
