using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Tables;

public class AmnestyTableTests
{
    private const string TassSentence =
        "However, only 29,000 individuals took advantage of this program, a number that accounts for less than 10% of the estimated total deserters.";

    [Fact]
    public void Every_amnesty_claim_is_a_stated_row_ordered_by_as_of_date()
    {
        var table = AmnestyTable.From(
        [
            Returns(29_000, 29_000, "2025-08-30", "TASS"),
            Returns(21_000, null, "2025-08-30", "Do Rzeczy"),
            Returns(8_000, 8_000, "2025-03", "Ministry"),
            Total(230_000, null, "2022-02", "2025-11"),
        ]);
        Assert.Equal(["Ministry", "Do Rzeczy", "TASS"], table.Rows.Select(r => r.Source));
        Assert.All(table.Rows, r => Assert.Equal(AmnestyFigureKind.Stated, r.Kind));
        Assert.Equal((21_000L, (long?)null, Qualifier.Over), (table.Rows[1].Low!.Value, table.Rows[1].High, table.Rows[1].Qualifier));
        Assert.Equal(new PeriodPoint(2025, 8, 30), table.Rows[1].AsOf);
    }

    [Fact]
    public void A_count_that_is_less_than_a_share_implies_a_total_above_count_over_share()
    {
        var claim = Returns(29_000, 29_000, "2025-08-30", "TASS", TassSentence, "only 29,000 individuals took advantage of this program");
        var implied = Assert.Single(AmnestyTable.From([claim]).Implied);
        Assert.Equal((290_000L, (long?)null, Qualifier.Over), (implied.Low!.Value, implied.High, implied.Qualifier));
        Assert.Equal("less than 10%", implied.Share);
        Assert.Equal("the estimated total deserters", implied.ImpliedOf);
        Assert.Equal(TassSentence, implied.Sentence);
        Assert.Equal(("TASS", new PeriodPoint(2025, 8, 30)), (implied.Source, implied.AsOf!.Value));
    }

    [Theory]
    // "more than 5%": the total is at most N / 5%.
    [InlineData("29,000 came back, more than 5% of all deserters.", 29_000L, 29_000L, null, 580_000L, Qualifier.Under)]
    // "about a third" of an open count: about three times, top still open.
    [InlineData("Over 21,000 came back, about a third of all deserters.", 21_000L, null, 63_000L, null, Qualifier.Over)]
    // "half of" an exact count: exactly twice.
    [InlineData("10,000 came back, half of all deserters.", 10_000L, 10_000L, 20_000L, 20_000L, Qualifier.Exact)]
    // An approximate share of an exact count is approximate.
    [InlineData("10,000 came back, roughly 25% of all deserters.", 10_000L, 10_000L, 40_000L, 40_000L, Qualifier.Approx)]
    // A range of counts at a share: a range of totals.
    [InlineData("Between 10,000 and 12,000 came back, a quarter of all deserters.", 10_000L, 12_000L, 40_000L, 48_000L, Qualifier.Range)]
    public void Shares_imply_totals_with_the_right_open_bounds(string sentence, long? low, long? high, long? impliedLow, long? impliedHigh, Qualifier qualifier)
    {
        var quote = sentence[..sentence.IndexOf(" came back", StringComparison.Ordinal)];
        var claim = Returns(low, high, "2025-08", "S", sentence, quote);
        var implied = Assert.Single(AmnestyTable.From([claim]).Implied);
        Assert.Equal((impliedLow, impliedHigh, qualifier), (implied.Low, implied.High, implied.Qualifier));
    }

    [Fact]
    public void Claims_without_a_sentence_or_share_imply_nothing()
    {
        var table = AmnestyTable.From(
        [
            Returns(29_000, 29_000, "2025-08-30", "gold row, no sentence"),
            Returns(21_000, null, "2025-08-30", "S", "Over 21,000 people took advantage of it.", "Over 21,000 people took advantage of it"),
        ]);
        Assert.Equal(2, table.Count);
        Assert.Empty(table.Implied);
    }

    [Fact]
    public void Implied_rows_follow_the_stated_ones_and_csv_marks_them()
    {
        var claim = Returns(29_000, 29_000, "2025-08-30", "TASS", TassSentence, "only 29,000 individuals took advantage of this program");
        var csv = AmnestyTable.From([claim]).ToCsv();
        Assert.Equal(
            "kind,as_of,low,high,qualifier,unit,force,source,article,quote,share,implied_of,sentence\r\n" +
            "stated,2025-08-30,29000,29000,exact,persons,UA,TASS,a1,\"only 29,000 individuals took advantage of this program\",,,\r\n" +
            "implied,2025-08-30,290000,,over,persons,UA,TASS,a1,\"only 29,000 individuals took advantage of this program\",less than 10%,the estimated total deserters,\"" + TassSentence + "\"\r\n",
            csv);
    }
}
