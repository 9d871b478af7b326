using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class PatternStartsTests
{
    [Theory]
    [InlineData(@"desert(?:ed|ing)", "dD")]
    [InlineData(@"(?:criminal\s+)?(?:cases|proceedings)", "cCpP")]
    [InlineData(@"\b(?<m>(?-i:Jan|Feb))\.?", "jJfF")]
    [InlineData(@"(?<=[,–]\s*)claims", "cC")]
    [InlineData(@"(?:(?:in|over)\s+)?the\s+first", "iIoOtT")]
    [InlineData(@"[0-2]\d|Q[1-4]", "012qQ")]
    [InlineData(@"a{0,2}b", "aAbB")]
    public void Reads_the_first_characters_of_a_pattern(string pattern, string expected) =>
        Assert.Equal(expected.ToHashSet(), PatternStarts.Of(pattern));

    [Theory]
    [InlineData(@"\p{Lu}[a-z]+")]
    [InlineData(@".*x")]
    [InlineData(@"[^,]+,")]
    [InlineData(@"\w+")]
    public void Unknown_starts_are_null_so_nothing_is_skipped(string pattern) => Assert.Null(PatternStarts.Of(pattern));
}
