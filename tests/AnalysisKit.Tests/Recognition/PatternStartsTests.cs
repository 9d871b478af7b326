using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class PatternStartsTests
{
    [Theory]
    [InlineData(@"[,;]\s*and|\$\d+", ",;$")]
    [InlineData(@"(?<=[,–]\s*)[-–—]\s*claims", "-–—")]
    [InlineData(@"[\u2010-\u2012]x|\x24", "\u2010\u2011\u2012$")]
    [InlineData(@"the\s+war|[A-Z]{2,}\s+said", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")]
    public void Other_starts_are_read_as_first_characters(string pattern, string expected) =>
        Assert.Equal(expected.ToHashSet(), PatternStarts.Words(pattern, ignoreCase: true).OtherFirst);

    [Theory]
    [InlineData(@"\p{Lu}[a-z]+")]
    [InlineData(@".*x")]
    [InlineData(@"[^,]+,")]
    [InlineData(@"\w+")]
    [InlineData(@"(?<q>['""])?\k<q>x")]
    [InlineData(@"(a)?\1")]
    public void Unknown_starts_are_any_character_so_nothing_is_skipped(string pattern)
    {
        var words = PatternStarts.Words(pattern, ignoreCase: true);
        Assert.True(words.Other);
        Assert.Null(words.OtherFirst);
    }

    [Theory]
    [InlineData(@"desert(?:ed|ers?)", "", "deserted|deserter|deserters", false)]
    [InlineData(@"(?:criminal\s+)?(?:cases|proceedings)", "", "criminal cases|criminal proceedings|cases|proceedings", false)]
    [InlineData(@"(?:(?:in|over)\s+)?the\s+first\s+half\s+of", "in the first|over the first|the first half", "", false)]
    [InlineData(@"self[- ]?leav(?:e|ing)", "self", "self leave|self leaving|selfleave|selfleaving", false)]
    [InlineData(@"(?<=[,–]\s*)(?i:claims|said)\b", "claims|said", "", false)]
    [InlineData(@"Article\s*407|\d{1,2}(?:st|th)?\s+May", "article", "article #|# may|#st may|#th may", false)]
    [InlineData(@"since\s+(?:19|20)\d\d(?!\d)", "", "since #", false)]
    [InlineData(@"[,;]\s*and|\$\d+", "", "", true)]
    [InlineData(@"(?>(?:[Tt]he\s+)?[A-Z][\p{L}\-]*)", "the", "", true)]
    [InlineData(@"Q[1-4]|H[12]\b", "q|h", "", false)]
    [InlineData(@"emphasi[sz]ed", "", "emphasised|emphasized", false)]
    [InlineData(@"(?:[\p{Ll}\-]+\s+){0,2}mobili[sz]\w*", "", "mobilis|mobiliz", true)]
    public void Reads_the_words_a_pattern_opens_with(string pattern, string closed, string open, bool other)
    {
        var words = PatternStarts.Words(pattern, ignoreCase: true);
        Assert.Equal(Split(closed), words.Closed.Order());
        Assert.Equal(Split(open), words.Open.Order());
        Assert.Equal(other, words.Other);
    }

    [Fact]
    public void A_case_sensitive_pattern_starts_only_with_its_own_case()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRSTUVWXYZ".ToHashSet(), PatternStarts.Words(@"[A-Z][a-z]+", ignoreCase: false).OtherFirst);
        Assert.Equal(["may"], PatternStarts.Words(@"(?i:m)(?-i:ay)\b", ignoreCase: false).Closed);
        Assert.DoesNotContain(PatternStarts.Words(@"(?-i:[A-Z])x", ignoreCase: true).OtherFirst!, char.IsLower);
    }

    private static IEnumerable<string> Split(string words) => words.Split('|', StringSplitOptions.RemoveEmptyEntries).Order();

    [Fact]
    public void Word_characters_are_the_ones_regex_word_boundaries_use()
    {
        var boundary = new System.Text.RegularExpressions.Regex(@"^a\b");
        for (var c = char.MinValue; c < char.MaxValue; c++)
            if (WordBoundaries.IsWordChar(c) == boundary.IsMatch("a" + c))
                Assert.Fail($"U+{(int)c:X4}: IsWordChar says {WordBoundaries.IsWordChar(c)}");
    }
}
