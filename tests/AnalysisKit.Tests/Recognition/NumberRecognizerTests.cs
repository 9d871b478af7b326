using System.Text;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class NumberRecognizerTests
{
    private static readonly NumberRecognizer Recognizer = new();

    [Theory]
    [NumberSpec("Numbers.json")]
    [NumberSpec("NumberRanges.json")]
    [NumberSpec("NumberSeeds.json")]
    [NumberSpec("NumberRangeModel.RecognizersText.json")]
    public void Recognizes_the_spec_mentions(NumberSpecCase spec)
    {
        Assert.Empty(spec.SpanErrors());
        var actual = Recognizer.Recognize(spec.Input).Select(NumberSpecCase.Line).ToList();
        Assert.Equal(spec.ExpectedLines(), actual);
    }

    public static TheoryData<string, string> Pathological => new()
    {
        { "comma list", Repeat("1,", 500_000) },
        { "hedge words", Repeat("between ", 130_000) },
        { "hedges with numbers", Repeat("more than 1 and ", 70_000) },
        { "bounds to merge", Repeat("more than 1 and less than 2, ", 36_000) },
        { "lone articles", Repeat("a a half a ", 100_000) },
        { "signs and dots", Repeat("- . + ", 170_000) },
        { "spelled fractions", Repeat("One-fourth ", 100_000) },
        { "spaced groups", Repeat("100 ", 250_000) },
        { "dashed groups", Repeat("1-", 500_000) },
        { "one long number", new string('7', 1_000_000) },
        { "number words", Repeat("one hundred and ", 70_000) },
        { "brackets", Repeat("(1) ", 250_000) },
        { "decimal points", Repeat("1.", 500_000) },
        { "months and days", Repeat("May 1 ", 170_000) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void A_megabyte_of_pathological_input_completes_with_well_formed_mentions(string name, string text)
    {
        Assert.NotEmpty(name);
        AssertWellFormed(text, Recognizer.Recognize(text));
    }

    [Fact]
    public void The_seed_articles_give_ordered_non_overlapping_exact_substrings()
    {
        var seeds = Path.Combine(RepoRoot(), "seeds");
        var files = Directory.GetFiles(seeds, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var mentions = Recognizer.Recognize(text);
            Assert.NotEmpty(mentions);
            AssertWellFormed(text, mentions);
        }
    }

    [Theory]
    [InlineData("99999999999999999999999999999999 trillion")]
    [InlineData("9999999999999999999999999999 trillion soldiers")]
    [InlineData("ninety nine trillion trillion")]
    public void Numbers_too_large_for_a_decimal_are_dropped_not_thrown(string text) =>
        AssertWellFormed(text, Recognizer.Recognize(text));

    [Fact]
    public void An_empty_text_has_no_mentions() => Assert.Empty(Recognizer.Recognize(""));

    [Fact]
    public void Every_pattern_piece_expands()
    {
        foreach (var name in NumberPatterns.Pieces.Keys)
            Assert.DoesNotContain("{" + name + "}", NumberPatterns.Expand(name));
    }

    [Fact]
    public void An_undefined_piece_is_named_in_the_error()
    {
        var error = Assert.Throws<AnalysisKitException>(() => NumberPatterns.Expand("NoSuchPiece"));
        Assert.Contains("NoSuchPiece", error.Message);
    }

    private static void AssertWellFormed(string text, IReadOnlyList<NumberMention> mentions)
    {
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.True(m.Start >= previousEnd, $"'{m.Text}' at {m.Start} overlaps or precedes the previous mention");
            Assert.Equal(text.Substring(m.Start, m.Length), m.Text);
            if (m.Low is { } low && m.High is { } high) Assert.True(low <= high, $"'{m.Text}' has low > high");
            previousEnd = m.End;
        }
    }

    private static string Repeat(string unit, int times) => new StringBuilder(unit.Length * times).Insert(0, unit, times).ToString();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
