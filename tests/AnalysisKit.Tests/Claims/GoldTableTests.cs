using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

public class GoldTableTests
{
    private const string Header = "article,quote,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source";

    private static IReadOnlyList<Claim> Read(string csv) => GoldTable.Read(new StringReader(csv), "gold.csv");

    [Fact]
    public void A_row_reads_into_a_claim_with_empty_bounds_as_null()
    {
        var claim = Assert.Single(Read(Header + "\na1,\"over 21,000, it says\",21000,,over,amnesty_returns,persons,total,UA,,2025-08-30,HUR\n"));
        Assert.Equal("over 21,000, it says", claim.Quote);
        Assert.Equal(21000, claim.ValueLow);
        Assert.Null(claim.ValueHigh);
        Assert.Equal(Qualifier.Over, claim.Qualifier);
        Assert.Equal(Metric.AmnestyReturns, claim.Metric);
        Assert.Null(claim.PeriodStart);
        Assert.Equal(new PeriodPoint(2025, 8, 30), claim.PeriodEnd);
    }

    [Fact]
    public void The_bundled_seed_gold_table_reads_whole()
    {
        var gold = GoldTable.Read(Path.Combine(TestPaths.Seeds, "claims.gold.csv"));
        Assert.Equal(25, gold.Count);
        Assert.Equal(5, gold.Select(c => c.Article).Distinct().Count());
    }

    [Theory]
    [InlineData("article,quote,value_low\n", 1, "missing column(s) value_high")]
    [InlineData(Header + "\na1,q,12x,,exact,awol,persons,total,UA,,,s\n", 2, "value_low '12x' is not a whole number")]
    [InlineData(Header + "\na1,q,1,1,exact,awol,persons,total,UA,,,s\na1,q,1,1,exact,awol,people,total,UA,,,s\n", 3, "unit 'people' is not one of persons, cases")]
    [InlineData(Header + "\na1,q,1,1,exact,awol,persons,total,UA,2025-13,,s\n", 2, "period_start '2025-13' is not YYYY-MM or YYYY-MM-DD")]
    [InlineData("", 1, "empty gold file")]
    [InlineData(Header + "\na1,q,1,1,exact,awol,persons,total,UA,,,s\na1,q,20,10,range,awol,persons,total,UA,,,s\n", 3, "value_low 20 is greater than value_high 10")]
    public void Bad_gold_files_name_the_line_and_the_problem(string csv, int line, string message)
    {
        var error = Assert.Throws<AnalysisKitException>(() => Read(csv));
        Assert.Equal("gold.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_row_for_an_article_not_in_the_corpus_names_the_line()
    {
        var csv = Header + "\na1,q,1,1,exact,awol,persons,total,UA,,,s\nghost,q,1,1,exact,awol,persons,total,UA,,,s\n";
        var error = Assert.Throws<AnalysisKitException>(() => GoldTable.Read(new StringReader(csv), "gold.csv", ["a1"]));
        Assert.Equal(("gold.csv", (int?)3), (error.File, error.Line));
        Assert.Equal("gold.csv:3: article 'ghost' is not in the corpus (no ghost.txt)", error.Message);
        Assert.Equal(2, GoldTable.Read(new StringReader(csv), "gold.csv").Count);
    }

    [Fact]
    public void A_missing_gold_file_is_named()
    {
        var error = Assert.Throws<AnalysisKitException>(() => GoldTable.Read("/no/such/gold.csv"));
        Assert.Equal("/no/such/gold.csv", error.File);
    }
}
