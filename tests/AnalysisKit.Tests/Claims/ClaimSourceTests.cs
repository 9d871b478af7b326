using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Claims;

/// <summary>Who a figure is attributed to when the sentence itself names no one.</summary>
public class ClaimSourceTests
{
    private static IReadOnlyList<Claim> Extract(string text, string outlet = "Daily Ledger") =>
        new ClaimExtractor().Extract(ArticleLoader.FromText(text, new ManifestEntry("a", outlet, "", new DateOnly(2025, 10, 2), false)));

    private const string Interview =
        "Daily Ledger spoke with Olena Marchuk, a defence lawyer, about soldiers who leave their units.\n\n" +
        "Daily Ledger: How many cases are there?\n\n" +
        "Marchuk: During 2024 there were roughly 40,000 new AWOL proceedings. This year it is about 3,000 a month.\n\n" +
        "Daily Ledger: And desertion?\n\n" +
        "Marchuk: About 9,000 desertion cases were opened this year.\n";

    [Fact]
    public void In_an_interview_each_answer_is_its_speakers_with_the_full_name()
    {
        var claims = Extract(Interview);
        Assert.Equal(3, claims.Count);
        Assert.All(claims, c => Assert.Equal("Olena Marchuk", c.Source));
    }

    [Fact]
    public void A_label_that_opens_one_paragraph_only_is_not_a_speaker()
    {
        var claims = Extract("Soldiers keep leaving their units.\n\nNote: about 3,000 soldiers went AWOL in May.\n");
        Assert.Equal("Daily Ledger", Assert.Single(claims).Source);
    }

    [Fact]
    public void The_interviewer_is_not_a_speaker()
    {
        var claims = Extract("Daily Ledger: Is it true that 5,000 soldiers went AWOL in May?\n\nKovalenko: Yes.\n\nDaily Ledger: And 6,000 in June?\n\nKovalenko: Roughly.\n");
        Assert.All(claims, c => Assert.Equal("Daily Ledger", c.Source));
    }

    [Fact]
    public void We_is_the_outlet_speaking()
    {
        var claims = Extract("We estimate that 20,000 soldiers leave their units every month.", outlet: "Eastern Policy Centre");
        Assert.Equal("Eastern Policy Centre", Assert.Single(claims).Source);
    }
}
