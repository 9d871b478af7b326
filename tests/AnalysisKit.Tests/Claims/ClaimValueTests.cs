using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// Which figures are claims and what their values are (spec: columns value_low, value_high,
/// qualifier; "What is not a claim"; "Conventions the columns follow"). One table per class of
/// issue 8 (verbs, force sizes, number formats, elliptical figures, non-claims). Every sentence
/// here is written for the test.
/// </summary>
public class ClaimValueTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<Claim> Read(string text) =>
        Extractor.Extract(ArticleLoader.FromText(text, new ManifestEntry("t", "Test Courier", "", new DateOnly(2025, 6, 10), false)));

    // "low..high qualifier"; an empty bound is left empty. What each claim counts is pinned by the
    // metric tables (WhatIsCountedTests, ClaimReadingTests); these pin which figures are claims.
    private static string Describe(Claim c) => $"{c.ValueLow}..{c.ValueHigh} {c.Qualifier.ToSpec()}";

    // Verbs of leaving, charging and returning make a figure a claim (spec conventions).
    public static TheoryData<string, string[]> Verbs => new()
    {
        { "Roughly 2,340 recruits are thought to have slipped away from training grounds in the north.", ["2340..2340 approx"] },
        { "Some 815 conscripts fled the garrison after the shelling.", ["815..815 approx"] },
        { "At least 96 sailors went missing from their ship while it was docked.", ["96.. over"] },
        { "Nearly 1,120 soldiers failed to return from leave last winter.", ["1120..1120 approx"] },
        { "A further 3,770 servicemen have been charged with leaving their units.", ["3770..3770 exact"] },
        { "Another 2,905 soldiers have been indicted since January.", ["2905..2905 exact"] },
        { "In 2024, 1,460 sailors were prosecuted for desertion.", ["1460..1460 exact"] },
        { "More than 12,600 have already used the chance to return to their brigades.", ["12600.. over"] },
        { "About 4,250 absentees came back after the decree was signed.", ["4250..4250 approx"] },
        { "In the spring, 730 fighters who had fled laid down arms and returned.", ["730..730 exact"] },
        { "The bureau is searching for 4,600 servicemen who left without permission.", ["4600..4600 exact"] },
        { "At least 300 marines have disappeared from their base.", ["300.. over"] },
        { "An estimated 100,000 men are on the run from their units.", ["100000..100000 approx"] },
        { "A total of 5,230 servicemen are listed as absent.", ["5230..5230 exact"] },
        { "They counted 640 escapes from training centres.", ["640..640 exact"] },
        { "Of the 12,000 soldiers who left, 4,000 came back.", ["12000..12000 exact", "4000..4000 exact"] },
        { "That day 400 soldiers deserted.", ["400..400 exact"] },
        { "Some 212 marines have gone over to the other side since the spring.", ["212..212 approx"] },
        { "About 5,300 returns were logged in the autumn window.", ["5300..5300 approx"] },
        { "If the pace holds, returns could reach as many as 19,500 this year.", ["..19500 under"] },
        { "The army mobilises between 15 and 18 thousand men each month.", ["15000..18000 range"] },
        // "full-scale" is no chart scale.
        { "Since the full-scale invasion, 4,120 sailors have deserted.", ["4120..4120 exact"] },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void A_verb_of_leaving_charging_or_returning_makes_a_claim(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(Describe).ToArray());

    // The strength of a force and the contracts that fill it (spec: personnel, mobilization).
    public static TheoryData<string, string[]> ForceSizes => new()
    {
        { "Analysts put the force at roughly 260,000 in January and at 310,000 by summer.", ["260000..260000 approx", "310000..310000 exact"] },
        { "The northern army fields about 2.1 million troops against 640 thousand on the other side.", ["2100000..2100000 approx", "640000..640000 exact"] },
        { "The ministry says 48,500 contract soldiers joined the army this year.", ["48500..48500 exact"] },
        { "Recruiting offices said 27,300 contracts were signed in the first quarter.", ["27300..27300 exact"] },
    };

    [Theory]
    [MemberData(nameof(ForceSizes))]
    public void A_force_size_or_contract_count_is_a_claim(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(Describe).ToArray());

    // Number formats of registries and translations; vague words are no numbers.
    public static TheoryData<string, string[]> Formats => new()
    {
        { "Absence cases totalled 152 806and under the second article 9 114.", ["152806..152806 exact", "9114..9114 exact"] },
        { "Registered under Articles 407 and 408 in 2024. Proceedings closed: 3182 – under the first article, 611 – under the second.", ["3182..3182 exact", "611..611 exact"] },
        { "Courts registered 6 thousand 218 cases of absence.", ["6218..6218 exact"] },
        { "Some 2.4 million men are under arms.", ["2400000..2400000 approx"] },
        { "An estimated 40–60 thousand soldiers have deserted.", ["40000..60000 range"] },
        { "Between 1,200 and 1,500 soldiers deserted last month.", ["1200..1500 range"] },
        { "Up to 3,400 conscripts have deserted since March.", ["..3400 under"] },
        { "Around 12.400 servicemen have abandoned their units.", ["12400..12400 approx"] },
        { "A further 740 deserters were detained at the border.", ["740..740 exact"] },
        { "Tens of thousands of soldiers have deserted since the war began.", [] },
        { "Hundreds of servicemen fled their posts this winter.", [] },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_figure_is_read_whatever_its_format(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(Describe).ToArray());

    // Figures without a noun of their own, and one value stated twice.
    public static TheoryData<string, string[]> Elliptical => new()
    {
        { "Roughly 520 desertion verdicts were handed down in 2021; in 2022 there were nearly 880.", ["520..520 approx", "880..880 approx"] },
        { "Absence cases make up 14,200 of the docket, and desertion cases account for another 2,650.", ["14200..14200 exact", "2650..2650 exact"] },
        { "The brigade lost 340 men to desertion, and 120 of them were later caught.", ["340..340 exact", "120..120 exact"] },
        { "Prosecutors opened 1,500 absence cases in May, and 1,500 soldiers returned to their units that month.", ["1500..1500 exact", "1500..1500 exact"] },
        { "In 2023, 1,500 soldiers deserted; in 2024, another 1,500 deserted.", ["1500..1500 exact", "1500..1500 exact"] },
        { "About 900 soldiers deserted, and 900 cases were opened.", ["900..900 approx", "900..900 exact"] },
        // A repeat with the same meaning stays one claim.
        { "2,400 soldiers deserted in May, the ministry said.\n\nIn May, 2,400 soldiers deserted, according to the ministry.", ["2400..2400 exact"] },
        { "Desertion cases numbered 146 over the year. Mutinies, the charge used against crews who will not sail, account for another 275.", ["146..146 exact", "275..275 exact"] },
        // A definite figure names the one stated before, whatever its words say.
        { "Prosecutors opened 2,715 absence cases in March.\n\nThe office did not say how many of the 2,715 cases involved conscripts.", ["2715..2715 exact"] },
        // "it is far lower" points back, but a figure with its own noun of cases stands alone.
        { "Prosecutors opened 5,200 absence cases in May.\n\nDesertion falls under a separate article, 408.\n\nThere it is far lower - roughly 9 thousand proceedings this year.", ["5200..5200 exact", "9000..9000 approx"] },
        // "N of them" after the group it counts, in its own sentence.
        { "The men called up in the spring of 2023 — roughly 145 thousand of them — have not been rotated.", ["145000..145000 approx"] },
    };

    [Theory]
    [MemberData(nameof(Elliptical))]
    public void A_figure_without_a_noun_counts_what_its_neighbour_counts(string text, string[] expected) =>
        Assert.Equal(expected, Read(text).Select(Describe).ToArray());

    // Spec: "What is not a claim".
    [Theory]
    [InlineData("Absence is punishable by up to 7 years in prison, and desertion by up to 12.")]
    [InlineData("Men as young as 19 have been called up to the front.")]
    [InlineData("Around 60 soldiers a day leave their units, the commander said.")]
    [InlineData("The fine for absence without leave is 17,000 hryvnias.")]
    [InlineData("Each returning deserter was paid $2,400 by the regional government.")]
    [InlineData("Article 408 covers desertion; Article 407 covers absence.")]
    [InlineData("Desertion cases rose by 38 percent in 2024.")]
    [InlineData("Read also: 12 ways commanders hide absences")]
    [InlineData("Shared 1,204 times")]
    [InlineData("Hotline for deserters: +380 44 256 1190")]
    [InlineData("On 24 February 2022 the invasion began, and deserters were first counted on 15 March 2023.")]
    [InlineData("Desertion cases almost tripled in 2024.")]
    [InlineData("The town of 40,000 residents has lost its garrison.")]
    [InlineData("In the region, 1,200 families have received compensation for deserters' debts.")]
    [InlineData("About 3,000 civilians fled the shelling.")]
    [InlineData("Lithuania, a country of 2.8 million people, watches the border.")]
    [InlineData("A survey of 1,200 soldiers found that 14% had thought of leaving.")]
    [InlineData("Photo 1 of 5: deserters in court")]
    [InlineData("Soldiers earn 20,000 hryvnias a month; deserters lose the 100,000 bonus.")]
    [InlineData("On day 1,000 of the war, deserters keep leaving.")]
    [InlineData("Roughly 30 cases per 1,000 soldiers were recorded.")]
    [InlineData("Every day, some 1,000 soldiers leave their units.")]
    [InlineData("Desertion falls under a separate article, 408.")]
    [InlineData("Soldiers who want to surrender are told to tune to the frequency 146.550.")]
    [InlineData("3. Publish the monthly absence figures by region.")]
    [InlineData("Of the returns, only one official figure has been released.")]
    [InlineData("Most deserters who came back were young; the average returnee was 27, the bureau said.")]
    [InlineData("Spread over 42 formations, the enemy's grouping keeps growing.")]
    [InlineData("Absence cases outpace returns by a factor of about four.")]
    [InlineData("For every deserter caught, four more slip away.")]
    [InlineData("Each soldier who returns is offset by two new absences.")]
    [InlineData("The typical absentee is a man of 35 or 42, mobilised in 2023.")]
    [InlineData("Governors admitted that men were drafted in error, many of them over 55 or ill.")]
    [InlineData("The statute is vague: one soldier may face several cases for a single absence.")]
    [InlineData("Weekly losses of the northern group reach up to 900 men, the general claimed.")]
    [InlineData("Chart: absence cases by month. The vertical axis starts at 1,500.")]
    [InlineData("The bureau said the typical returning soldier was 37 and had been away for weeks.")]
    [InlineData("Drawing on data for 24 formations, the desk estimates how many soldiers deserted.")]
    [InlineData("Desertion cases rose 38 percent in May and 41 in June.")]
    [InlineData("The youngest deserter was 19, the oldest 58.")]
    public void A_figure_that_counts_no_soldiers_is_no_claim(string text) =>
        Assert.Empty(Read(text));
}
