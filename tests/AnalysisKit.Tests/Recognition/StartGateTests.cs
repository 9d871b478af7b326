using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class StartGateTests
{
    private static readonly StartGate Gate = new(
        [@"from\s+\d{4}", @"\d{1,2}(?:st|nd|rd|th)?\s+(?-i:May)", @"in\s+the\s+first\s+half", @"desert(?:ed|ers?)", @"(?-i:[A-Z])\w+\s+said"],
        ignoreCase: true);

    [Theory]
    [InlineData("from 2022 on", 0, 0b00001)]
    [InlineData("from the start", 0, 0b00000)]
    [InlineData("on 24th May", 3, 0b00010)]
    [InlineData("24 soldiers", 0, 0b00000)]
    [InlineData("in  the\nfirst half", 0, 0b00100)]
    [InlineData("in the first quarter", 0, 0b00100)] // only three words are read
    [InlineData("in the", 0, 0b00000)]
    [InlineData("Deserters", 0, 0b11000)]
    [InlineData("deserted", 0, 0b01000)]
    [InlineData("desert", 0, 0b00000)]
    [InlineData("Kyiv said", 0, 0b10000)]
    public void Names_the_patterns_that_can_start_at_a_boundary(string text, int at, int expected) =>
        Assert.Equal((ulong)expected, Gate.Candidates(text, at));

    [Theory]
    [InlineData("he said it was so", true)]
    [InlineData("the scheme ended", true)]
    [InlineData("the schemes ended", false)]
    [InlineData("itself and that one", true)]
    [InlineData("itself and the programmer", false)]
    public void Whole_word_lists_are_read_exactly(string text, bool expected) =>
        Assert.Equal(expected, new StartGate([@"\b(?:it|that|the\s+scheme)\b"], ignoreCase: true).AnyIn(text));

    [Fact]
    public void More_than_one_mask_of_patterns_is_refused() =>
        Assert.Throws<ArgumentException>(() => new StartGate(Enumerable.Repeat("x", StartGate.MaxPatterns + 1).ToList(), ignoreCase: false));
}
