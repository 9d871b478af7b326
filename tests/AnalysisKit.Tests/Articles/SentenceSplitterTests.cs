using AnalysisKit.Articles;

namespace AnalysisKit.Tests.Articles;

public class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Theory]
    [InlineData("He left. She stayed.", "He left.|She stayed.")]
    [InlineData("Is it true? Yes! It is.", "Is it true?|Yes!|It is.")]
    [InlineData("Really?! Yes.", "Really?!|Yes.")]
    [InlineData("“This is a record.” He said so.", "“This is a record.”|He said so.")]
    [InlineData("He said: \"It is over.\" Then he left.", "He said: \"It is over.\"|Then he left.")]
    [InlineData("It was ‘over.’ Then it was not.", "It was ‘over.’|Then it was not.")]
    [InlineData("A very bad record. Every two minutes, someone runs away.", "A very bad record.|Every two minutes, someone runs away.")]
    [InlineData("according to the New Voice.He stressed that these are figures.", "according to the New Voice.|He stressed that these are figures.")]
    [InlineData("really being heard”.You must read it.", "really being heard”.|You must read it.")]
    [InlineData("It ended in 2022. In 2023 it began again.", "It ended in 2022.|In 2023 it began again.")]
    [InlineData("The toll rose. 300 soldiers left.", "The toll rose.|300 soldiers left.")]
    [InlineData("Until Aug. 30 it ran. Then it stopped.", "Until Aug. 30 it ran.|Then it stopped.")]
    [InlineData("It was built by Acme Inc. The company denies it.", "It was built by Acme Inc.|The company denies it.")]
    [InlineData("Troops, tanks, etc. The list goes on.", "Troops, tanks, etc.|The list goes on.")]
    [InlineData("Sanctions came from the U.S. The EU followed.", "Sanctions came from the U.S.|The EU followed.")]
    [InlineData("First line\nSecond line", "First line|Second line")]
    [InlineData("Headline: 60,000 Soldiers Abandon the Front\nThe Financial Times reported it.", "Headline: 60,000 Soldiers Abandon the Front|The Financial Times reported it.")]
    [InlineData("First paragraph.\r\n\r\nSecond paragraph.\r\n", "First paragraph.|Second paragraph.")]
    [InlineData("One.\rTwo.", "One.|Two.")]
    [InlineData("a line that wraps\ninto the next one.", "a line that wraps\ninto the next one.")]
    [InlineData("It ended.\ninto the night they went.", "It ended.|into the night they went.")]
    [InlineData("List:\nfirst item", "List:|first item")]
    [InlineData("1. The first point is this.", "1. The first point is this.")]
    [InlineData("  Padded sentence.   Another one.  ", "Padded sentence.|Another one.")]
    [InlineData("Soldiers left. (Officials denied it.) Then more left.", "Soldiers left.|(Officials denied it.)|Then more left.")]
    [InlineData("It was the soldier's. Then it was not.", "It was the soldier's.|Then it was not.")]
    [InlineData("They came from the AFU (Ukraine). The rest stayed.", "They came from the AFU (Ukraine).|The rest stayed.")]
    public void Breaks_at_sentence_ends_and_lines(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Texts(text));

    [Theory]
    [InlineData("Until Aug. 30, a special program was in effect.")]
    [InlineData("It started on Sept. 1 and ended on Jan. 5 or Feb. 2 at the latest.")]
    [InlineData("Meanwhile, U.S. President-elect Donald Trump has vowed to end it.")]
    [InlineData("The U.K. Ministry of Defence said so.")]
    [InlineData("Criminal Code Art. 407 and No. 408 apply to Nos. 3 and 4.")]
    [InlineData("Mr. Smith and Mrs. Jones met Dr. Brown and Prof. Green.")]
    [InlineData("Gen. Syrskyi, Lt. Col. Ivanov and Sgt. Petrenko spoke.")]
    [InlineData("He quoted (Gen. Syrskyi) and “Mr. Smith” at length.")]
    [InlineData("He lives on St. Mary's Road near Mt. Elbrus.")]
    [InlineData("It was Ukraine vs. Russia again.")]
    [InlineData("Small units, e.g. Drone teams, were hit.")]
    [InlineData("Many units, i.e. All of them, were hit.")]
    [InlineData("Tanks, guns, etc. were lost.")]
    [InlineData("Acme Inc. Chief Executive John Smith Jr. Resigned quietly.")]
    [InlineData("The report by J. Smith and A. B. Jones was cited.")]
    [InlineData("About 2.35 million people and 1.5 billion dollars were counted.")]
    [InlineData("In October alone, 21,600 soldiers had deserted.")]
    [InlineData("There were 218 282 cases and 218\u202F282 more.")]
    [InlineData("He paused... Then he left.")]
    [InlineData("He paused… Then he left.")]
    [InlineData("Wait . . . What happened?")]
    [InlineData("See viewusglobal.com for more.")]
    [InlineData("Write to content@viewusglobal.com today.")]
    [InlineData("Units such as e.g.Drones were hit.")]
    [InlineData("Version 3.5.Next was released.")]
    [InlineData("The word approx. Five hundred was used.")]
    [InlineData("He asked whether? no one knew.")]
    public void Does_not_break_inside_a_sentence(string text) =>
        Assert.Equal([text], Texts(text));

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n  ")]
    [InlineData("•\n—\n...")]
    public void Text_without_words_has_no_sentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    public static TheoryData<int> RandomSeeds() => new(Enumerable.Range(1, 30));

    [Theory]
    [MemberData(nameof(RandomSeeds))]
    public void Sentences_are_trimmed_ordered_substrings_of_random_text(int seed)
    {
        // Tricky characters in random order: whatever the text, offsets must stay exact.
        const string alphabet = "aB1 .!?”\"’)(\n\r\t,…@\u00A0\u200BxY.";
        var random = new Random(seed);
        string text = new(Enumerable.Range(0, 2000).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        SentenceProperties.Hold(text, SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("1,")]
    [InlineData(". ")]
    [InlineData("a. ")]
    [InlineData("x.")]
    [InlineData("a")]
    [InlineData("Aa. ")]
    [InlineData("U.S. ")]
    [InlineData("1\n")]
    [InlineData("abc”.")]
    public void A_megabyte_of_a_repeated_pattern_splits(string unit)
    {
        // Not timed: a catastrophic pattern would simply never finish.
        string text = string.Concat(Enumerable.Repeat(unit, (1 << 20) / unit.Length));
        SentenceProperties.Hold(text, SentenceSplitter.Split(text));
    }

    [Theory]
    [InlineData("12,000 soldiers left their units, ", "after a comma")]
    [InlineData("and another 400 deserted in May and ", "at a space")]
    [InlineData("x", "at the limit")]
    public void A_run_without_a_sentence_end_is_cut_into_bounded_sentences_at_clause_breaks(string unit, string cut)
    {
        // Every stage after the splitter reads a sentence whole: unbounded ones would make them quadratic.
        string text = string.Concat(Enumerable.Repeat(unit, 100_000 / unit.Length));
        var sentences = SentenceSplitter.Split(text);
        SentenceProperties.Hold(text, sentences);
        Assert.True(sentences.Count > text.Length / SentenceSplitter.MaxLength, $"{sentences.Count} sentences");
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxLength));
        Assert.All(sentences.SkipLast(1), s => Assert.True(cut switch
        {
            "after a comma" => s.Text.EndsWith(','),
            "at a space" => char.IsWhiteSpace(text[s.End]),
            _ => s.Length == SentenceSplitter.MaxLength,
        }, $"cut {cut}? ...{s.Text[^20..]}|{text[s.End..(s.End + 5)]}"));
    }
}

internal static class SentenceProperties
{
    public static void Hold(string text, IReadOnlyList<Sentence> sentences)
    {
        int end = 0;
        foreach (var s in sentences)
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
            Assert.True(s.Start >= end, $"sentence at {s.Start} overlaps the previous one ending at {end}");
            Assert.True(s.Length > 0);
            Assert.False(char.IsWhiteSpace(s.Text[0]) || char.IsWhiteSpace(s.Text[^1]), $"untrimmed: '{s.Text}'");
            Assert.Contains(s.Text, char.IsLetterOrDigit);
            end = s.End;
        }
    }
}
