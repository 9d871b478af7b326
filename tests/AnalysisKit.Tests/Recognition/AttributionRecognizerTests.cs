using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class AttributionRecognizerTests
{
    private static readonly AttributionRecognizer Recognizer = new();

    // Sentence → the attributions found, described in order ("^" marks an anaphoric one).
    public static TheoryData<string, string[]> Cases => new()
    {
        { "According to a source cited in recent discussions, between 100,000 and 200,000 individuals have taken self-leave.", ["unnamed source"] },
        { "On November 9th, Die Welt’s correspondent Christoph Vanner reported that desertion rates had reached unprecedented levels.", ["Die Welt (Christoph Vanner)"] },
        { "His analysis indicated that in October alone, 21,600 soldiers had deserted.", ["^"] },
        { "These figures were corroborated by statements from Maria Zakharova, the official spokesperson for the Russian Foreign Ministry.", ["Maria Zakharova"] },
        { "Zakharova cited data from Ukraine’s Prosecutor General’s Office, stating that approximately 15,000 to 18,000 deserters had left.", ["Zakharova (citing Ukraine’s Prosecutor General’s Office)"] },
        { "She also emphasized that since February 2022, over 230,000 criminal cases had been opened.", ["^"] },
        { "The Ukrainian armed forces are struggling with a sharp increase in desertions, local media report, citing data from the Prosecutor General’s Office of Ukraine.", ["local media (citing Prosecutor General’s Office of Ukraine)"] },
        { "Data shows 14,000-18,000 cases of unauthorized abandonment each month.", ["^"] },
        { "This year alone, as MP Oleksiy Honcharenko points out, the number of criminal cases may reach as many as 300,000.", ["Oleksiy Honcharenko"] },
        { "In turn, Ukrainian Military Intelligence (HUR) reports that the Russian army is also struggling with mass desertions.", ["Ukrainian Military Intelligence (HUR)"] },
        { "HUR also recorded over 30 cases of defections with weapons.", ["HUR"] },
        { "According to data from the Russian BBC and Mediazona, at least 133,000 Russian soldiers have died.", ["Russian BBC and Mediazona"] },
        { "A recent report by Russian security forces, shared with TASS, has sparked intense debate.", ["Russian security forces (via TASS)"] },
        { "According to the source, between 300,000 and 500,000 Ukrainian soldiers have left their units.", ["^"] },
        { "A Ukrainian MP recently made an unsubstantiated claim that there were 400,000 open cases of desertion.", ["unnamed Ukrainian MP"] },
        { "However, the General Prosecutor’s office wrote to the New Voice of Ukraine in early November that 310,000 criminal cases are registered.", ["General Prosecutor’s office (via New Voice of Ukraine)"] },
        { "There have been over 21,000 desertions in October 2025 alone, claims journalist and former lawmaker Ihor Lutsenko – now commander of a drone unit.", ["Ihor Lutsenko"] },
        { "The Financial Times reported on Sunday that Ukrainian prosecutors have charged approximately 60,000 soldiers.", ["Financial Times"] },
        { "active personnel are estimated at only 350,000.", ["estimates"] },
        { "In response, the Ukrainian military plans to bolster its ranks by conscripting an additional 160,000 personnel.", ["Ukrainian military"] },
        { "Ukraine is considering tougher penalties for desertion and abandonment, reports Do Rzezcy.", ["Do Rzezcy"] },
        { "President Volodymyr Zelensky said 45,000 soldiers had returned.", ["Volodymyr Zelensky"] },
        { "Mediazona's data show 7,000 AWOL verdicts.", ["Mediazona"] },
        { "In the first half of 2024, judges convicted 8 740 soldiers, according to the Office of the Prosecutor General.", ["Office of the Prosecutor General"] },
        { "Ukraine mobilized roughly 30,000 people per month in the autumn, Defense Minister Rustem Umerov said earlier.", ["Rustem Umerov"] },
        { "Ukrainian intelligence (HUR) estimates that around 1,100 Russian soldiers have surrendered.", ["Ukrainian intelligence (HUR)"] },
        { "Roughly 90 000 soldiers have left their units since January, Ukrainian Prosecutor General's Office data show.", ["Ukrainian Prosecutor General's Office"] },
        { "A further 1,000 deserters were detained in Moscow alone, police sources told Mediazona.", ["unnamed sources (via Mediazona)"] },
        { "\"The problem is systemic,\" said Viktor Yahun, a former deputy head of the SBU security service.", ["Viktor Yahun"] },
        { "According to the independent Russian outlet Mediazona, Russian courts have handed down over 7,000 sentences.", ["Mediazona"] },
        { "Ukraine's Prosecutor General's Office has opened more than 190,000 criminal proceedings.", ["Ukraine's Prosecutor General's Office"] },
        { "The head of the Donetsk People's Republic, Denis Pushilin, claimed that about four thousand AFU soldiers had deserted.", ["Denis Pushilin (Donetsk People's Republic)"] },
        // Where an unnamed source sits describes them; the outlet they told relays the figure.
        { "A source close to the general staff told the Harbour Gazette that 12,400 soldiers had gone missing.", ["source close to the general staff (via Harbour Gazette)"] },
        { "About 700 guardsmen left their posts in March, an official at the border service said.", ["official at the border service"] },
        // A ministry named by its brief is a speaker; a minister with a name is that person.
        { "The Moldovan interior ministry says 4,100 guardsmen have left their posts.", ["Moldovan interior ministry"] },
        { "The justice ministry said on Friday that 2,050 cases were closed.", ["justice ministry"] },
        { "According to Justice Minister Ana Rusu, 2,050 cases were closed.", ["Ana Rusu"] },
        // Whose account, count or data: "by X's own account", "the tally kept by", "data compiled by".
        { "The draft brought in 95,000 men, by the interior ministry's own account.", ["interior ministry"] },
        { "Garrison courts took in 2,900 cases, according to the tally kept by the independent outlet Court Watch.", ["Court Watch"] },
        { "Courts have received 1,650 cases, according to court data compiled by independent journalists.", ["independent journalists"] },
        { "By our count, judges issued 1,480 verdicts in the spring.", ["we"] },
        // Two describing words before a common body; "puts ... at" reports an estimate.
        { "Independent Belarusian media, reading court rulings, have tallied 4,200 verdicts.", [] },
        { "Independent Russian media, reading court rulings, have tallied 4,200 verdicts.", ["Independent Russian media"] },
        { "Western military intelligence puts the grouping at 510,000 troops.", ["Western military intelligence"] },
        // "the court", "the service": anaphors the reading resolves to the body named before.
        { "Some 230 cases have reached it, according to the court's published index.", ["^"] },
        // Estimates with no agent.
        { "It is estimated that 45,000 reservists have failed to report.", ["estimates"] },
        { "The army had about 62,000 soldiers absent at the end of March, by some estimates.", ["estimates"] },
        // Whose analysis, and people described by their trade.
        { "According to an analysis of court rulings by the independent outlet Court Watch, 3,100 verdicts were handed down.", ["Court Watch"] },
        { "About 900 soldiers slipped away, according to military blogger Anton Sirko.", ["Anton Sirko"] },
        // Replies in a debate; a state that, after a relative clause, "has relied ... and says".
        { "His fellow member Petro Hlib countered that the figure was nearer 70,000.", ["Petro Hlib"] },
        { "Belarus, which borders NATO states, has relied on conscripts and says it called up 18,000 of them last year.", ["Belarus"] },
        { "These numbers come from the State Audit Service.", ["State Audit Service"] },
        // Data described by who released or provided them, with a date after the name.
        { "The figures, published by the State Audit Service, show 3,000 absence cases in May.", ["State Audit Service"] },
        { "Figures released by the State Audit Service on Tuesday showed 4,000 absence cases.", ["State Audit Service"] },
        { "Some 3,000 soldiers deserted in May, according to figures the State Audit Service provided to the Harbour Gazette.", ["State Audit Service"] },
        // A spokesperson named in an appositive is that person, for the body they speak for.
        { "A spokesperson for the border guard, Olena Kravets, said 3,000 guardsmen had left their posts.", ["Olena Kravets (spokesperson for the border guard)"] },
        // "Its" is no name: the figures fall to the speaker their paragraph carries.
        { "Its figures show 52,000 guardsmen.", [] },
        // A party or affiliation in brackets between a speaker and the verb.
        { "Anna Berg (Green Alliance) said 14,000 men had left their units.", ["Anna Berg"] },
        // Data named by the kind of body that keeps them are a source of their own.
        { "Regional court statistics show that 860 guardsmen were sentenced last year.", ["Regional court statistics"] },
        { "Police records show 215 desertion cases in May.", ["Police records"] },
        { "A reading of police records shows 215 desertion cases in May.", [] },
        // A body's figure, and an unnamed holder of the body's office, speak for the body.
        { "The Audit Office's figure is lower.", ["Audit Office"] },
        { "The bureau's deputy head put the total at 4,300 in March.", ["^"] },
        // The reply, the register: anaphors for whoever answered or keeps it.
        { "The reply also lists 212 desertion cases.", ["^"] },
        { "The total passed 9,000, according to the same register.", ["^"] },
        // No attribution: capitalised words that name no one are not speakers.
        { "Absence, which the code treats as a lesser offence, was recorded in 2,250 proceedings.", [] },
        { "Desertion was reported in 410 cases.", [] },
        { "Since Minsk announced the call-up, 9,000 men have been summoned.", [] },
        { "Russia put 20,000 men into the offensive.", [] },
        { "Over 21,000 people took advantage of it.", [] },
        { "Earlier reports indicated that the military had been marking soldiers missing as deserters.", [] },
        { "Since September 2022, when Vladimir Putin announced mobilization, Russian courts have sentenced 12,000 soldiers.", [] },
        { "Since the start of the full-scale war, 231,500 cases of abandonment of a unit have been initiated.", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_who_a_sentence_attributes_its_figures_to(string sentence, string[] expected)
    {
        var found = Recognizer.Find(sentence)
            .Select(a => a.Kind == AttributionKind.Anaphoric && a.Speaker.Length == 0 ? "^" : a.Describe())
            .ToArray();
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData("Some 230 cases have reached it, according to the court's published index.", "court")]
    [InlineData("The service also counted 2,300 cases in summer.", "service")]
    [InlineData("He also counted 2,300 cases in summer.", null)]
    public void An_anaphoric_body_keeps_its_kind_so_it_can_take_the_body_named_before(string sentence, string? head) =>
        Assert.Equal(head, Assert.Single(Recognizer.Find(sentence)).Head);

    [Theory]
    [InlineData("By our count, judges issued 1,480 verdicts in the spring.", true)]
    [InlineData("The army had about 62,000 soldiers absent at the end of March, by some estimates.", true)]
    [InlineData("The draft brought in 95,000 men, by the interior ministry's own account.", true)]
    [InlineData("According to the interior ministry, the draft brought in 95,000 men.", false)]
    public void Our_count_and_someones_own_account_hold_for_their_own_figure_only(string sentence, bool scoped) =>
        Assert.Equal(scoped, Assert.Single(Recognizer.Find(sentence)).Scoped);

    [Fact]
    public void Our_count_inside_a_quotation_is_the_speakers_not_the_outlets()
    {
        var found = Recognizer.Find("\"By our count, 600 men have left,\" Colonel Ivan Dudka said.");
        Assert.Equal(["Ivan Dudka"], found.Select(a => a.Describe()).ToArray());
    }

    [Theory]
    [InlineData("Its interior minister said in May that 52,000 guardsmen were serving.", "Moldova (Moldovan officials)", "Moldova's interior minister")]
    public void Its_holder_is_the_holder_of_the_state_or_body_spoken_of_before(string sentence, string antecedent, string expected) =>
        Assert.Equal(expected, Recognizer.Find(sentence).First().Describe(antecedent));

    [Fact]
    public void An_anaphoric_speaker_takes_its_antecedent_and_keeps_what_it_cites()
    {
        var found = Assert.Single(Recognizer.Find("She cited data from the State Bureau of Investigation."));
        Assert.Equal("Maria Zakharova (citing State Bureau of Investigation)", found.Describe("Maria Zakharova"));
    }
}
