using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class AlternationMatcherTests
{
    // The matcher must find exactly what one backtracking regex over the same alternatives finds.
    public static TheoryData<string[], string> Cases => new()
    {
        { ["in\\s+(?<m>October)", "(?<m>October)\\s+alone", "October"], "in October alone, and October again; October alone" },
        { ["since\\s+the\\s+start\\s+of\\s+the\\s+war", "since\\s+(?<y>\\d{4})(?!\\d)", "the\\s+war"], "since the start of the war and since 2022 and the war since 20222" },
        { ["(?i:AWOL)", "(?i:desert(?:ed|ers?))(?![\\p{L}])", "(?i:cases)"], "310,000 AWOL cases; deserters deserted; desertification cases" },
        { ["(?>[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,3})\\s+said", "[A-Z]{2,}\\s+reported"], "Maria Zakharova said HUR reported and Kyiv Post Editors said" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_what_one_backtracking_alternation_finds(string[] alternatives, string text)
    {
        var matcher = new AlternationMatcher(alternatives, RegexOptions.CultureInvariant);
        var reference = new Regex(@"\b(?:" + string.Join("|", alternatives.Select((a, i) => $"(?<a{i}>{a})")) + ")", RegexOptions.CultureInvariant);
        var expected = reference.Matches(text)
            .Select(m => (Enumerable.Range(0, alternatives.Length).First(i => m.Groups[$"a{i}"].Success), m.Index, m.Value))
            .ToList();
        var actual = matcher.Matches(text).Select(h => (h.Alternative, h.Match.Index, h.Match.Value)).ToList();
        Assert.NotEmpty(actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(@"(?<m>Oct)(?!\d)\s+(?i:alone)", @"(?:Oct)\s+(?i:alone)")]
    [InlineData(@"(?<![\p{L}])x{1,80}y{0,6}z{3}", @"x+y*z{3}")]
    [InlineData(@"(?>[A-Z][a-z]*)'s", @"(?:[A-Z][a-z]*)'s")]
    [InlineData(@"[(?<!]\(\?<", @"[(?<!]\(\?<")]
    public void Scanners_drop_captures_lookarounds_bounds_and_atomicity(string pattern, string scanner) =>
        Assert.Equal(scanner, AlternationMatcher.StripForScanning(pattern));

    [Fact]
    public void An_alternation_too_large_for_one_automaton_is_split_and_still_matches()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"w{i}x(?:a|b|c)\\s+(?:\\w+\\s+){{0,6}}end{i}").ToArray();
        var matcher = new AlternationMatcher(words, RegexOptions.CultureInvariant);
        var hit = Assert.Single(matcher.Matches("start w399xb one two end399 stop"));
        Assert.Equal(399, hit.Alternative);
    }

    [Fact]
    public void A_pathological_input_is_scanned_in_linear_time_without_timing_out()
    {
        var matcher = new AlternationMatcher(["(?:a+)+b", "x"], RegexOptions.CultureInvariant);
        Assert.Empty(matcher.Matches(new string('a', 200_000)));
    }
}
