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

    [Fact]
    public void More_alternatives_than_one_mask_word_still_match_in_priority_order()
    {
        var words = Enumerable.Range(0, 400).Select(i => $"w{i}x(?:a|b|c)\\s+(?:\\w+\\s+){{0,6}}end{i}").ToArray();
        var matcher = new AlternationMatcher([.. words, "w399xb"], RegexOptions.CultureInvariant);
        var hit = Assert.Single(matcher.Matches("start w399xb one two end399 stop"));
        Assert.Equal(399, hit.Alternative);
    }

    [Fact]
    public void A_pathological_input_takes_one_bounded_attempt_per_word()
    {
        // Every word opens an alternative and none completes: each attempt stops within its bound.
        var matcher = new AlternationMatcher([@"the\s+(?:\w+\s+){0,6}?end", @"(?>[A-Z]\w*(?:\s+[A-Z]\w*){0,6})\s+said"], RegexOptions.CultureInvariant);
        var text = string.Concat(Enumerable.Repeat("the The A ", 60_000));
        Assert.Empty(matcher.Matches(text));
    }

    [Theory]
    [InlineData("desertion", 0)]
    [InlineData("Desertion", 0)]
    [InlineData("the war", 1)]
    [InlineData("(the war)", 1)]
    [InlineData("42 cases", 2)]
    public void Alternatives_open_with_words_or_other_starts(string text, int alternative)
    {
        var matcher = new AlternationMatcher(["(?i:desert(?:ion|ers?))", "the\\s+war", "\\d+\\s+cases"], RegexOptions.CultureInvariant);
        Assert.Equal(alternative, Assert.Single(matcher.Matches(text)).Alternative);
    }
}
