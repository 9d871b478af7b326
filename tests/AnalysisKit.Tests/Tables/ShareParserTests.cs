using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Tables;

public class ShareParserTests
{
    private static readonly ShareParser Parser = new();

    [Theory]
    [InlineData("However, only 29,000 individuals took advantage of this program, a number that accounts for less than 10% of the estimated total deserters.",
        "only 29,000 individuals took advantage of this program", "less than 10%", "0.1", Qualifier.Under, "the estimated total deserters")]
    [InlineData("Some 8,000 came back, about a third of all those who had left.", "Some 8,000 came back", "about a third", "0.3333333333333333333333333333", Qualifier.Approx, "all those who had left")]
    [InlineData("Half of the deserters, 12,000 men, returned.", "12,000 men", "Half", "0.5", Qualifier.Exact, "the deserters")]
    [InlineData("5,000 returned, more than 7.5 per cent of the total.", "5,000 returned", "more than 7.5 per cent", "0.075", Qualifier.Over, "the total")]
    [InlineData("3,000 returned — two-thirds of them officers' subordinates.", "3,000 returned", "two-thirds", "0.6666666666666666666666666667", Qualifier.Exact, "them officers' subordinates")]
    [InlineData("Nearly 40 percent of absentees, 20,000 people, came back.", "20,000 people", "Nearly 40 percent", "0.4", Qualifier.Approx, "absentees")]
    public void A_share_followed_by_of_is_found_with_its_hedge_and_what_it_is_of(
        string sentence, string quote, string phrase, string fraction, Qualifier hedge, string of)
    {
        var share = Parser.Find(sentence, quote);
        Assert.NotNull(share);
        Assert.Equal(phrase, share.Phrase);
        Assert.Equal(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), share.Fraction);
        Assert.Equal(hedge, share.Hedge);
        Assert.Equal(of, share.Of);
    }

    [Theory]
    // A change, not a share.
    [InlineData("Returns rose by 20% to 29,000.", "29,000")]
    // A period, not a share.
    [InlineData("In the first half of 2025, 29,000 returned.", "29,000 returned")]
    // The share belongs to the other figure between them.
    [InlineData("29,000 returned, while 40,000 remain absent, about 10% of the force.", "29,000 returned")]
    // Over 100%.
    [InlineData("29,000 returned, 150% of the target.", "29,000 returned")]
    // No share at all; the quote is not in the sentence.
    [InlineData("29,000 returned.", "29,000 returned")]
    [InlineData("less than 10% of the total", "29,000")]
    public void Sentences_without_a_share_of_the_figure_yield_none(string sentence, string quote) =>
        Assert.Null(Parser.Find(sentence, quote));
}
