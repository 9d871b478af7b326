using System.Globalization;
using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Articles;

public class SeedArticlesTests
{
    private static readonly IReadOnlyList<Article> Articles = ArticleLoader.LoadFolder(Seeds.Folder);

    private static Article Get(string id) => Articles.Single(a => a.Id == id);

    [Theory]
    [InlineData("000_33354944bae00692", "2025-11-10")]
    [InlineData("001_a630a9649aa4309c", "2025-10-15")]
    [InlineData("002_b56e3babc11d0ab3", "2025-10-15")]
    [InlineData("003_2f42aa1f686b2988", "2025-11-25")]
    [InlineData("004_0d4c2034fd0cb8c7", "2024-12-01")]
    public void Seeds_load_with_their_manifest_dates(string id, string published)
    {
        var article = Get(id);
        Assert.Equal(DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), article.Published);
        Assert.True(article.PublishedIsEstimate);
        Assert.NotEmpty(article.Sentences);
    }

    [Fact]
    public void Seeds_load_in_id_order() =>
        Assert.Equal(Articles.Select(a => a.Id).Order(StringComparer.Ordinal), Articles.Select(a => a.Id));

    public static TheoryData<string> ArticleIds() => new(Seeds.ArticleFiles().Select(Path.GetFileNameWithoutExtension)!);

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Every_sentence_is_an_exact_trimmed_substring(string id)
    {
        var article = Get(id);
        SentenceProperties.Hold(article.Text, article.Sentences);
    }

    [Fact]
    public void Every_gold_quote_lies_inside_one_body_sentence()
    {
        var gold = GoldTable.Read(Seeds.Path("claims.gold.csv"));
        Assert.NotEmpty(gold);
        Assert.All(gold, g => Assert.Single(Get(g.Article).Sentences, s => s.Text.Contains(g.Quote, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Quick access")]
    [InlineData("Views")]
    [InlineData("@")]
    [InlineData("Comments")]
    [InlineData("Latest Stories")]
    [InlineData("You May Also Like")]
    [InlineData("Popular Now")]
    [InlineData("Must-Reads")]
    [InlineData("LIFESTYLE")]
    [InlineData("Model 3's Struggles")]
    [InlineData("Boiled Eggs")]
    [InlineData("Share it on")]
    public void The_furniture_page_keeps_none_of_its_furniture(string furniture) =>
        Assert.DoesNotContain(Get("004_0d4c2034fd0cb8c7").Sentences, s => s.Text.Contains(furniture, StringComparison.Ordinal));

    [Fact]
    public void The_furniture_page_keeps_its_body_from_headline_to_last_sentence()
    {
        var sentences = Get("004_0d4c2034fd0cb8c7").Sentences.Select(s => s.Text).ToList();
        Assert.Equal("Ukraine’s Army Falling Apart: 60,000 Soldiers Abandon the Front Lines", sentences[0]);
        Assert.Equal("Meanwhile, U.S. President-elect Donald Trump has vowed to end the Russia-Ukraine conflict within 24 hours of taking office on January 20.", sentences[^1]);
        Assert.DoesNotContain("300", sentences);
        Assert.DoesNotContain("Daniel Kim", sentences);
        Assert.Contains("A handful face legal proceedings.", sentences);
    }

    [Fact]
    public void The_login_prompt_after_the_last_sentence_is_left_out()
    {
        var last = Get("003_2f42aa1f686b2988").Sentences[^1];
        Assert.EndsWith("really being heard”.", last.Text);
    }

    [Theory]
    [InlineData("001_a630a9649aa4309c", "Until Aug. 30, a special program was in effect, allowing soldiers to return voluntarily without consequences.")]
    [InlineData("003_2f42aa1f686b2988", "He stressed that these are just official figures, and that the real number is only likely to be higher.")]
    [InlineData("003_2f42aa1f686b2988", "Ukraine will be weaker by one defender, and the enemy will become stronger by one,” he wrote, according to the New Voice.")]
    [InlineData("000_33354944bae00692", "Since the beginning of the year, the total number of deserters had reportedly reached 180,000.")]
    public void Seed_sentences_split_where_a_reader_would(string id, string sentence) =>
        Assert.Contains(sentence, Get(id).Sentences.Select(s => s.Text));
}
