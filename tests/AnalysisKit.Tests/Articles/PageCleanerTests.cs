using AnalysisKit.Articles;

namespace AnalysisKit.Tests.Articles;

public class PageCleanerTests
{
    private static readonly ManifestEntry Entry = new("page", "unknown", "", new DateOnly(2025, 11, 1), false);

    private static string[] Body(string page) => ArticleLoader.FromText(page, Entry).Sentences.Select(s => s.Text).ToArray();

    private const string Prose = "The Financial Times reported on Sunday that prosecutors charged 60,000 soldiers.";

    [Theory]
    [InlineData("Quick access to main page (top) Direct access to main contents Quick access to main page (bottom)\n\n" + Prose)]
    [InlineData("Skip to content\n" + Prose)]
    [InlineData("Skip to main content\r\n" + Prose)]
    [InlineData(Prose + "\nComments0\n\n300\n\nComments 0\nComments (12)\n0 Comments\n1.2K views\nViews: 1,024")]
    [InlineData(Prose + "\nLeave a Reply\nNo comments")]
    [InlineData("Daniel Kim Views \u00A0\n\n" + Prose)]
    [InlineData("By Daniel Kim\n" + Prose)]
    [InlineData("By Daniel Kim, Staff Reporter\n" + Prose)]
    [InlineData(Prose + "\n\nDaniel Kim\ncontent@viewusglobal.com")]
    [InlineData(Prose + "\nE-mail: daniel.kim@example.org")]
    [InlineData(Prose + "\nYou must be logged in to post a comment.")]
    [InlineData(Prose + "\nShare it on...")]
    [InlineData(Prose + "\nShare on Facebook Twitter\nTweet\nPrint\nAdvertisement\nSubscribe to our newsletter")]
    [InlineData("Published: 12 March 2025, 14:35\nUpdated 3 hours ago\n" + Prose)]
    [InlineData("Photo: Reuters\n" + Prose)]
    [InlineData(Prose + "\n\n[DEBATE] Latest Stories\n\n  • Model 3's Struggles: 1 in 4 Fail Safety Inspections\n  • Kia’s EV9 Recalled in the U.S. Over Powertrain Concerns\n")]
    [InlineData(Prose + "\n\nYou May Also Like\n\n  • 1\n    Why Some People Gain Weight on Salads—and Others Don’t\n\n    LIFESTYLE\u00A0\n\n  • 2\n    Hope for Alzheimer’s? Anti-Amyloid Treatments Linked to 50% Lower Risk\n")]
    [InlineData(Prose + "\nPopular Now\n1. Can Eating Only Boiled Eggs Really Help You Lose Weight?\n2) New Study: Drowsiness Could Raise Risk by 100%")]
    [InlineData(Prose + "\nMust-Reads\nFeeling Drained No Matter How Much You Sleep? Here’s Why\nRecommended for you:\nFive things to know")]
    [InlineData(Prose + "\nRelated\n- Ukraine extends amnesty by 90 days\n- 5,000 soldiers return")]
    [InlineData(Prose + "\nRead more: 20,000 soldiers return under amnesty")]
    [InlineData("On November 23, civilians trained in Kyiv.\nOn November 23, civilians trained in Kyiv.\n" + Prose)]
    public void Furniture_is_left_out_and_prose_kept(string page)
    {
        var body = Body(page);
        Assert.Contains(Prose, body);
        Assert.All(body, s => Assert.True(s == Prose || s == "On November 23, civilians trained in Kyiv.", $"furniture kept: '{s}'"));
    }

    [Fact]
    public void A_login_prompt_glued_to_the_last_sentence_is_cut_off()
    {
        string page = "He was “optimistic” and “we feel the position is really being heard”.You must be logged in to post a comment.";
        var sentences = ArticleLoader.FromText(page, Entry).Sentences;
        var last = Assert.Single(sentences);
        Assert.Equal("He was “optimistic” and “we feel the position is really being heard”.", last.Text);
        Assert.Equal(0, last.Start);
    }

    [Fact]
    public void A_duplicated_caption_is_kept_once()
    {
        string caption = "On November 23, civilians in military uniforms trained in Kyiv.";
        Assert.Single(Body(caption + "\n" + caption + "\n\n" + Prose), s => s == caption);
    }

    [Theory]
    [InlineData("By August 30, the AFU had offered amnesty to soldiers who had abandoned their posts.")]
    [InlineData("Write to tips@example.org if you have information about soldiers who left their units.")]
    [InlineData("Related reports say 300 soldiers left their unit.")]
    [InlineData("Popular anger grew as 5,000 soldiers deserted.")]
    [InlineData("Share prices fell sharply.")]
    [InlineData("Published figures show 300,000 cases.")]
    [InlineData("Comments from officials were sparse.")]
    [InlineData("Home to 300 soldiers, the base was hit.")]
    [InlineData("Daniel Kim reported 300 desertions in a single week.")]
    [InlineData("Ukraine’s Army Falling Apart: 60,000 Soldiers Abandon the Front Lines")]
    public void Body_lines_that_resemble_furniture_are_kept(string line) =>
        Assert.Equal([line], Body("Skip to content\n" + line + "\nComments0"));

    [Fact]
    public void Prose_after_a_related_block_ends_the_block()
    {
        string page = "Read more\nUkraine extends amnesty\nSoldiers return home\n\n" + Prose + "\nA handful face legal proceedings.";
        Assert.Equal([Prose, "A handful face legal proceedings."], Body(page));
    }

    [Fact]
    public void A_long_line_under_a_heading_is_body()
    {
        string longLine = string.Join(" ", Enumerable.Repeat("soldiers left their units", 20));
        Assert.Equal([longLine], Body("Related\n" + longLine));
    }
}
