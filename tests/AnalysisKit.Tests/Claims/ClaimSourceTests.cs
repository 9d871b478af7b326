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

    private static string SourceOf(IReadOnlyList<Claim> claims, long value) =>
        claims.Single(c => c.ValueLow == value || c.ValueHigh == value).Source;

    private const string Debate =
        "Members of the assembly argued for four hours over the army's manpower.\n\n" +
        "Opening the session, Marta Kolar, who sits on the defence committee, said 41,000 soldiers had left their units since 2022.\n\n" +
        "Tomas Veber, an independent member, pressed the minister on discipline. In the first half of the year, he said, " +
        "6,300 cases of absence were opened. \"And nobody has asked why 2,100 soldiers deserted from a single brigade.\"\n\n" +
        "Deputy Interior Minister Lena Horak, answering from the floor, disagreed. Over the same months last year, she said, " +
        "the figure had been 5,900.\n";

    [Fact]
    public void In_a_debate_each_figure_is_the_members_whose_turn_the_paragraph_is()
    {
        var claims = Extract(Debate);
        Assert.Equal("Marta Kolar", SourceOf(claims, 41_000));
        Assert.Equal("Tomas Veber", SourceOf(claims, 6_300));
        Assert.Equal("Tomas Veber", SourceOf(claims, 2_100));
        Assert.Equal("Lena Horak", SourceOf(claims, 5_900));
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_person_but_never_gives_them_the_word_is_not_their_turn() =>
        Assert.Equal("Daily Ledger", SourceOf(Extract(
            "Members of the assembly argued for four hours.\n\n" +
            "Pavel Sedlak, a former officer, left the chamber early. About 800 soldiers deserted in May.\n"), 800));

    [Fact]
    public void An_interviewee_labelled_once_in_full_and_then_by_surname_is_one_speaker()
    {
        var claims = Extract(
            "Daily Ledger spoke with a defence lawyer.\n\n" +
            "Daily Ledger: How many clients do you have?\n\n" +
            "Anna Petrenko: About 2,300 soldiers who deserted have asked us for help since 2023.\n\n" +
            "Daily Ledger: And this year?\n\n" +
            "Petrenko: Roughly 640 deserters so far.\n\n" +
            "Petrenko: Most of them want to go back.\n");
        Assert.Equal(["Anna Petrenko", "Anna Petrenko"], claims.Select(c => c.Source).ToArray());
    }

    [Fact]
    public void The_court_the_office_or_the_service_is_the_body_of_that_kind_the_article_named_before()
    {
        var claims = Extract(
            "The Lviv Garrison Court has taken in 230 absence cases since January, according to the court's published index. " +
            "For the whole of last year there were 95.");
        Assert.All(claims, c => Assert.Equal("Lviv Garrison Court", c.Source));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_passive_verb_has_no_speaker_so_the_paragraphs_source_holds()
    {
        var claims = Extract(
            "According to the State Audit Service, 4,500 absence cases were opened in the spring. " +
            "Desertion, which the code treats apart, was recorded in a further 1,120 cases over the same months.");
        Assert.All(claims, c => Assert.Equal("State Audit Service", c.Source));
    }

    [Fact]
    public void Our_count_is_the_outlets_for_its_own_figure_and_the_release_before_it_holds_after_it()
    {
        var claims = Extract(
            "According to the State Audit Service, 4,500 absence cases were opened in the spring. " +
            "Over the same months, by our count, courts issued 1,120 verdicts in absence cases. " +
            "In the summer the number of absence cases rose to 5,200.", outlet: "Court Tracker");
        Assert.Equal("State Audit Service", SourceOf(claims, 4_500));
        Assert.Equal("Court Tracker", SourceOf(claims, 1_120));
        Assert.Equal("State Audit Service", SourceOf(claims, 5_200));
    }

    [Fact]
    public void Someones_own_account_leading_the_article_does_not_speak_for_the_outlets_figures()
    {
        var claims = Extract(
            "The spring call-up added 95,000 men, by the interior ministry's own account. " +
            "We estimate that the reserve now stands at 210,000 troops.", outlet: "Eastern Policy Centre");
        Assert.Equal("interior ministry", SourceOf(claims, 95_000));
        Assert.Equal("Eastern Policy Centre", SourceOf(claims, 210_000));
    }

    [Fact]
    public void An_attribution_after_a_figure_is_its_own_when_the_one_before_served_an_earlier_figure()
    {
        var claims = Extract(
            "Western military intelligence puts the number of Russian deserters at 31,000, while garrison courts convicted 3,300 " +
            "servicemen for absence last year, according to Court Watch.");
        Assert.Equal("Western military intelligence", SourceOf(claims, 31_000));
        Assert.Equal("Court Watch", SourceOf(claims, 3_300));
    }

    [Fact]
    public void An_unnamed_source_that_told_the_outlet_is_the_source_not_the_outlet()
    {
        var claims = Extract(
            "More than 5,400 servicemen have left their units since May, a source in the border guard told Harbour Gazette.",
            outlet: "Harbour Gazette");
        Assert.Equal("source in the border guard", Assert.Single(claims).Source);
    }

    [Theory]
    [InlineData("a source in the border guard told HG", "Harbour Gazette", "source in the border guard")]
    [InlineData("the Ministry of Veterans told the Harbour Gazette in reply to its request", "Harbour Gazette", "Ministry of Veterans")]
    [InlineData("the Ministry of Veterans told Reuters", "Harbour Gazette", "Ministry of Veterans (via Reuters)")]
    public void The_outlet_the_source_told_is_dropped_by_name_or_initials_and_another_outlet_relays(string attribution, string outlet, string source) =>
        Assert.Equal(source, Assert.Single(Extract($"More than 5,400 servicemen have left their units since May, {attribution}.", outlet)).Source);

    [Fact]
    public void A_capital_speaking_for_its_state_keeps_its_name()
    {
        var claims = Extract("Moscow, for its part, says it has signed up 150,000 contract soldiers this year.");
        Assert.Equal("Moscow (Russian officials)", Assert.Single(claims).Source);
    }

    [Theory]
    [InlineData("Tomas Veber said 6,300 cases of absence were opened in the first half of the year. Those are the State Audit Service's figures.",
        "Tomas Veber (citing State Audit Service)")]
    [InlineData("In the first half of the year 6,300 cases of absence were opened. These numbers come from the State Audit Service.",
        "State Audit Service")]
    public void A_sentence_after_the_figures_that_names_whose_figures_they_are_is_their_source(string text, string source) =>
        Assert.Equal(source, Assert.Single(Extract(text)).Source);

    [Fact]
    public void Whose_figures_they_are_reaches_back_within_its_paragraph_only()
    {
        var claims = Extract(
            "According to the State Audit Service, 4,000 cases of absence were opened in 2024.\n\n" +
            "In the first half of 2025, 6,300 cases of absence were opened.\n\n" +
            "These numbers come from Court Watch.");
        Assert.Equal("State Audit Service", SourceOf(claims, 6_300));
    }

    [Fact]
    public void Generic_prosecutors_with_a_demonym_are_the_prosecutors_office_the_article_names()
    {
        var claims = Extract(
            "The Prosecutor General's Office of Moldova publishes monthly data. Moldovan prosecutors registered 2,300 absence cases in May.");
        Assert.Equal("Prosecutor General's Office of Moldova", Assert.Single(claims).Source);
    }

    [Theory]
    [InlineData("Officials say 4,000 soldiers deserted in May.", "Daily Ledger")]
    [InlineData("The State Audit Service says 4,000 soldiers deserted in May.", "State Audit Service")]
    public void A_lead_that_names_no_one_speaks_for_its_own_paragraph_only(string lead, string later)
    {
        var claims = Extract(lead + "\n\nBy the end of June, 5,100 soldiers had deserted.");
        Assert.Equal(later, SourceOf(claims, 5_100));
    }

    [Fact]
    public void A_part_has_its_totals_source()
    {
        var claims = Extract(
            "Courts in the region received 1,480 absence cases this year, the regional prosecutor's office told Daily Ledger.\n\n" +
            "Of this year's cases, 1,102 have already ended in a verdict.");
        Assert.All(claims, c => Assert.Equal("regional prosecutor's office", c.Source));
        Assert.Equal(2, claims.Count);
    }

    [Fact]
    public void A_turn_speaks_for_what_its_member_says_not_for_the_narration_around_it()
    {
        var claims = Extract(
            "Soldiers keep leaving the eastern brigades.\n\n" +
            "Taras Bilyk, a medic from Rivne, left his unit in May. \"Nobody would give us a rotation,\" he said. " +
            "Some 20,000 soldiers have deserted since January.\n");
        Assert.Equal("Daily Ledger", SourceOf(claims, 20_000));
    }

    [Fact]
    public void A_reply_in_a_later_paragraph_is_the_body_that_replied()
    {
        var claims = Extract(
            "Absence cases are rising.\n\n" +
            "Investigators opened 2,400 absence cases in the first quarter, the Ministry of Interior told the Daily Ledger in reply to a request.\n\n" +
            "The reply also lists 190 desertion cases over the same months.\n");
        Assert.Equal("Ministry of Interior", SourceOf(claims, 190));
    }

    [Fact]
    public void Statistics_named_by_their_keeper_are_the_figures_own_source_not_the_paragraphs() =>
        Assert.Equal("Regional court statistics", SourceOf(Extract(
            "According to the Office of the Chief Prosecutor, 5,100 absence cases were opened in 2024. " +
            "Regional court statistics show that 860 soldiers were convicted of absence in 2024.\n"), 860));

    [Fact]
    public void An_unnamed_holder_of_a_body_speaks_for_the_body_named_just_before() =>
        Assert.Equal("Audit Office", SourceOf(Extract(
            "Counts of soldiers differ.\n\n" +
            "The Audit Office's figure is higher. The office's deputy head put the army at 410,000 troops in July.\n"), 410_000));
}
