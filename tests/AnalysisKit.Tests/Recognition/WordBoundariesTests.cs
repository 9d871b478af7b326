using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class WordBoundariesTests
{
    [Theory]
    [InlineData("In October, 21 soldiers (AWOL) left.")]
    [InlineData("  Zaluzhnyi’s — “data”_x 2,35")]
    [InlineData("")]
    public void Are_where_regex_word_boundaries_fall(string text)
    {
        var expected = Regex.Matches(text, @"\b").Select(m => m.Index).Where(i => i < text.Length).ToArray();
        Assert.Equal(expected, WordBoundaries.Of(text));
    }

    [Fact]
    public void Each_text_gets_its_own_boundaries_when_texts_alternate()
    {
        string[] texts = ["one two", "three four five", new string("one two".ToCharArray()), "six", "seven", "eight", "nine"];
        foreach (var _ in Enumerable.Range(0, 3))
            foreach (var text in texts)
                Assert.Equal(Regex.Matches(text, @"\b").Select(m => m.Index).Where(i => i < text.Length), WordBoundaries.Of(text));
    }
}
