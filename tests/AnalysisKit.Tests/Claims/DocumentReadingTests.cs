using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// The document reading (issue 8): periods and sources a figure takes from the article around it —
/// its total, the frame of months a paragraph sets, the data a methods sentence sets out, the
/// agency that released it. Every article here is written for the test.
/// </summary>
public class DocumentReadingTests
{
    private static IReadOnlyList<Claim> Extract(string text, string published = "2024-06-12", string outlet = "Harbour Gazette") =>
        new ClaimExtractor().Extract(ArticleLoader.FromText(text, new ManifestEntry("a", outlet, "", DateOnly.Parse(published), false)));

    private static string PeriodOf(IReadOnlyList<Claim> claims, long value)
    {
        var claim = claims.Single(c => c.ValueLow == value || c.ValueHigh == value);
        return $"{claim.PeriodStart?.ToString() ?? ""}..{claim.PeriodEnd?.ToString() ?? ""}";
    }

    private static string SourceOf(IReadOnlyList<Claim> claims, long value) =>
        claims.Single(c => c.ValueLow == value || c.ValueHigh == value).Source;

    // Article, figure, expected period.
    public static TheoryData<string, long, string> Periods => new()
    {
        // A breakdown after "these include" and "of which" has its total's period.
        { "Since the decree of March 2023, tribunals have logged 6,480 absence cases; these include 4,115 under the harsher part.", 4115, "2023-03..2024-06" },
        { "In the first five months of 2024, prosecutors opened 9,340 absence cases, 2,210 of which were sent to court.", 2210, "2024-01..2024-05" },
        // A list after a colon.
        { "From January to April, 5,020 soldiers came back to duty. They split as follows: 3,300 rejoined their brigades and 1,720 went to reserve units.", 3300, "2024-01..2024-04" },
        { "From January to April, 5,020 soldiers came back to duty. They split as follows: 3,300 rejoined their brigades and 1,720 went to reserve units.", 1720, "2024-01..2024-04" },
        // A part stated with its own nested months does not move the frame: "the same months last year" is the total's.
        { "In the first four months of 2024 the office counted 8,650 absence cases.\n\nMarch alone accounted for 2,940 of them. Desertion was recorded in 1,105 cases over the same months, against 2,480 absence cases in the same months last year.", 1105, "2024-01..2024-04" },
        { "In the first four months of 2024 the office counted 8,650 absence cases.\n\nMarch alone accounted for 2,940 of them. Desertion was recorded in 1,105 cases over the same months, against 2,480 absence cases in the same months last year.", 2480, "2023-01..2023-04" },
        // A methods sentence sets out the data: figures after it with no period of their own take it, across paragraphs.
        { "We went through every verdict published from May 2022, when the new article took effect, to the end of March 2024.\n\nCourts heard 4,870 absence cases.\n\nThey convicted 3,960 of the defendants by the end of January.", 4870, "2022-05..2024-03" },
        { "We went through every verdict published from May 2022, when the new article took effect, to the end of March 2024.\n\nCourts heard 4,870 absence cases.\n\nThey convicted 3,960 of the defendants by the end of January.", 3960, "2022-05..2024-01" },
        { "We went through every verdict published from May 2022, when the new article took effect, to the end of March 2024.\n\nCourts heard 4,870 absence cases. Desertion was rarer: 212 cases over the whole period.", 212, "2022-05..2024-03" },
        // A year span reaching the publication year ends at the data cut-off the article states.
        { "In April alone, prosecutors registered 3,050 absence cases.\n\nFrom 2022 to 2024, that makes 61,700 absence proceedings.", 61700, "2022-01..2024-04" },
        // An enumeration keeps each item's own period.
        { "Absence cases rose from 1,245 absence cases in 2020 to 5,930 absence cases in 2021.", 5930, "2021-01..2021-12" },
        // A force's strength "as of" a month is that month's stock; "a year earlier" is the same month a year back.
        { "Our analysts put the enemy's army at 515,000 troops as of March. That is up from roughly 430,000 a year earlier.", 515000, "2024-03..2024-03" },
        { "Our analysts put the enemy's army at 515,000 troops as of March. That is up from roughly 430,000 a year earlier.", 430000, "2023-03..2023-03" },
        // ... but a stock at a closing day keeps the spec's open start.
        { "The grouping numbered about 347,000 troops as of 1 May, the agency said.", 347000, "..2024-05-01" },
        // A figure after a colon-free aside in a new paragraph keeps its own reading: no frame is lent.
        { "In 2023 prosecutors opened 20,400 absence cases.\n\nThe ministry says about 905,000 people serve in the armed forces.", 905000, "..2024-06" },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void A_figure_takes_its_period_from_the_structure_around_it(string text, long value, string expected) =>
        Assert.Equal(expected, PeriodOf(Extract(text), value));

    [Fact]
    public void An_addition_is_not_a_part_of_the_figure_before_it()
    {
        var claims = Extract("At least 5,300 soldiers have been killed since the invasion began. A further 740 deserters were detained at the border.");
        Assert.Equal("..2024-06", PeriodOf(claims, 740));
    }

    [Fact]
    public void The_agency_that_answered_the_outlet_is_the_source()
    {
        var claims = Extract("Since January, courts in the region have received 1,315 absence indictments, the regional prosecutor's office told Harbour Gazette in reply to a request.");
        Assert.Contains("prosecutor's office", SourceOf(claims, 1315));
        Assert.DoesNotContain("Harbour Gazette", SourceOf(claims, 1315));
    }

    [Fact]
    public void A_generic_word_stands_for_the_body_the_article_names()
    {
        var claims = Extract("The Office of the Prosecutor General posted its monthly table on Monday.\n\nIn May, prosecutors registered 17,420 absence cases.");
        Assert.Equal("Office of the Prosecutor General", SourceOf(claims, 17420));
    }

    [Fact]
    public void A_capitalised_common_word_opening_a_sentence_is_no_source()
    {
        var claims = Extract("Absence and desertion cases keep rising, the bureau said. Desertion, which the next article covers, was recorded in 2,365 proceedings in May.");
        Assert.NotEqual("Desertion", SourceOf(claims, 2365));
    }

    [Fact]
    public void The_pronoun_for_an_agency_names_the_agency_acting_in_its_sentence()
    {
        var claims = Extract("The National Investigation Bureau opened more than 12,700 desertion cases last year, the agency said on Monday.", published: "2025-01-20");
        Assert.Equal("National Investigation Bureau", SourceOf(claims, 12700));
    }

    [Fact]
    public void A_data_release_speaks_for_the_unattributed_figures_after_it()
    {
        var claims = Extract("The Military Prosecution Service has posted its quarterly report for the first quarter of 2024.\n\nIn March alone, 4,410 absence proceedings were opened.\n\nDesertion proceedings numbered 905 in March.");
        Assert.All(claims, c => Assert.Equal("Military Prosecution Service", c.Source));
    }

    [Fact]
    public void A_lead_that_lists_the_outlets_own_sources_does_not_attribute_its_counts()
    {
        var claims = Extract("This note draws on court websites and the Judicial Board's statistics.\n\nBy our count, tribunals received at least 3,720 absence cases in 2023.", outlet: "Northern Policy Unit");
        Assert.Equal("Northern Policy Unit", SourceOf(claims, 3720));
    }
}

public class PartCueTests
{
    [Theory]
    [InlineData("Tribunals heard 900 cases; these include 410 under part five.", "410", true)]
    [InlineData("They convicted 655 of them by March.", "655", true)]
    [InlineData("Courts delivered 390 verdicts, 120 of which were custodial.", "120", true)]
    [InlineData("They break down as follows: 230 came back to their brigades.", "230", true)]
    [InlineData("Of those sentenced, 305 received probation.", "305", true)]
    [InlineData("A further 74 deserters were detained at the border.", "74", false)]
    [InlineData("Courts heard 1,210 absence cases in May.", "1,210", false)]
    [InlineData("Over the first half of this year, the bureau counted 2,480 absence cases.", "2,480", false)]
    [InlineData("In the spring of that year, tribunals heard 615 desertion cases.", "615", false)]
    [InlineData("Of this year's cases, 280 were closed.", "280", true)]
    public void A_part_of_a_total_is_told_by_the_words_next_to_it(string sentence, string figure, bool expected)
    {
        var at = sentence.IndexOf(figure, StringComparison.Ordinal);
        Assert.Equal(expected, PartCue.IsPart(sentence, at, at + figure.Length));
    }
}

public class MethodsCueTests
{
    [Theory]
    [InlineData("We went through every verdict the garrison courts published in 2023.", true)]
    [InlineData("Our team analysed all first-instance decisions dated 2024.", true)]
    [InlineData("The court department has published its annual statistics for 2022.", true)]
    [InlineData("The figures cover the first half of 2024.", true)]
    [InlineData("We spoke to three lawyers in March.", false)]
    [InlineData("Soldiers keep leaving their units in 2024.", false)]
    public void A_methods_sentence_sets_out_the_data_behind_the_figures(string sentence, bool expected) =>
        Assert.Equal(expected, MethodsCue.DescribesData(sentence));
}
