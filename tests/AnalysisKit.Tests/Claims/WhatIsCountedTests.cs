using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// What a figure counts, whose soldiers, and in which unit, row by row from the spec's metric, unit
/// and force definitions and its "Conventions the columns follow" (issue 8 items 5–8, 11, 12). Every
/// sentence is written for this test, in varied wording: synonyms, passive voice, both spellings.
/// </summary>
public class WhatIsCountedTests
{
    private static IReadOnlyList<Claim> Extract(string text, string outlet = "Lakeside Herald") =>
        ClaimExtractor.Default.Extract(ArticleLoader.FromText(text, new ManifestEntry("w", outlet, "", new DateOnly(2025, 6, 10), false)));

    // Article, figure, expected "metric unit force".
    public static TheoryData<string, long, string> Rows => new()
    {
        // --- awol: unauthorised absence, self-leave, abandoning or leaving a unit, SZCh, art. 407.
        { "Prosecutors registered 4,812 cases of unauthorised absence from a unit in April.", 4812, "awol cases UA" },
        { "Some 2,306 servicemen went absent without leave from units near the front, the general said.", 2306, "awol persons UA" },
        { "Investigators logged 7,944 SZCh proceedings between January and March.", 7944, "awol cases UA" },
        { "More than 3,150 soldiers were accused of self-willed leaving of their unit.", 3150, "awol persons UA" },
        { "The register counted 6,420 criminal proceedings under Article 407 of the Criminal Code.", 6420, "awol cases UA" },
        { "Over 1,975 Russian soldiers walked off their positions without permission in the winter.", 1975, "awol persons RU" },

        // --- desertion: art. 408 (art. 338 in Russia) or any form of "desert…".
        { "Roughly 2,730 Russian soldiers deserted from the southern grouping last year.", 2730, "desertion persons RU" },
        { "Investigators opened 1,148 proceedings under Article 408 in the first quarter.", 1148, "desertion cases UA" },
        { "Over 960 deserters were detained by the military police in the autumn.", 960, "desertion persons UA" },
        { "Garrison prosecutors filed 417 cases under Article 338 in the spring.", 417, "desertion cases RU" },

        // --- awol_or_desertion: both offences named together, or cases against soldiers naming no offence.
        { "Prosecutors opened 8,140 criminal cases against servicemen in May.", 8140, "awol_or_desertion cases UA" },
        { "Investigators registered 11,360 cases of desertion or unauthorised absence.", 11360, "awol_or_desertion cases UA" },
        { "Since the spring, 14,220 proceedings have been opened under Articles 407 and 408.", 14220, "awol_or_desertion cases UA" },
        { "Russian military investigators opened 5,930 cases under Articles 337 and 338 last year.", 5930, "awol_or_desertion cases RU" },
        { "About 2,480 absence and desertion proceedings were registered in the first quarter.", 2480, "awol_or_desertion cases UA" },
        // A total split into both offences.
        { "Prosecutors opened 16,900 proceedings last year: 13,100 for absence and 3,800 for desertion.", 16900, "awol_or_desertion cases UA" },
        { "Prosecutors opened 16,900 proceedings last year: 13,100 for absence and 3,800 for desertion.", 13100, "awol cases UA" },
        { "Prosecutors opened 16,900 proceedings last year: 13,100 for absence and 3,800 for desertion.", 3800, "desertion cases UA" },

        // --- amnesty_returns.
        { "Around 4,700 soldiers who had left their posts have returned to duty under the new rules.", 4700, "amnesty_returns persons UA" },
        { "About 1,260 men came back voluntarily after the deadline was extended.", 1260, "amnesty_returns persons UA" },
        { "Since the law took effect, 9,030 servicemen have used the chance to come back to their units.", 9030, "amnesty_returns persons UA" },

        // --- convictions: verdicts and sentences count cases unless the sentence counts people.
        { "Courts handed down about 1,640 convictions for absence in 2023.", 1640, "convictions cases UA" },
        { "Judges issued roughly 1,870 sentences for desertion last year.", 1870, "convictions cases UA" },
        { "Of 3,480 people charged, 2,915 were sentenced.", 2915, "convictions persons UA" },
        { "Of 3,480 people charged, 2,915 were sentenced.", 3480, "awol_or_desertion persons UA" },
        { "Military judges sentenced 812 soldiers in absentia for desertion.", 812, "convictions persons UA" },
        { "Garrison courts issued 2,077 guilty verdicts under Article 337 last year.", 2077, "convictions cases RU" },
        { "Last year 1,390 servicemen were convicted of leaving their units.", 1390, "convictions persons UA" },

        // --- deaths, defections, other.
        { "At least 47 conscripts died in recruiting offices last year, the ombudsman said.", 47, "deaths persons UA" },
        { "An estimated 3,860 soldiers were killed near the river in the spring.", 3860, "deaths persons UA" },
        { "Some 214 Russian servicemen crossed over to the Ukrainian side this year.", 214, "defections persons RU" },
        { "Officials said 93 Russian soldiers had gone over to the Ukrainian side since spring.", 93, "defections persons RU" },
        { "The general said the army mobilises about 21,000 men in a typical quarter.", 21000, "mobilization persons UA" },
        { "Prosecutors recorded 611 cases of insubordination in the first half.", 611, "other cases UA" },
        { "Some 95 refuseniks were held in a basement of the Russian army's base in the occupied town.", 95, "other persons RU" },
        { "Police opened 233 cases of self-harm among recruits last year.", 233, "other cases UA" },
        { "Killed and wounded together came to about 12,400 Russian soldiers in the month.", 12400, "other persons RU" },
        { "Some 8,300 Russian soldiers were killed or wounded near the town in a month.", 8300, "other persons RU" },
        { "A deputy spoke of 95,000 open and pending cases of desertion.", 95000, "desertion cases UA" },
        { "Courts passed verdicts against 1,730 servicemen for absence in the first half.", 1730, "convictions persons UA" },
        // A footnote mark after a full stop ends the sentence even where the text runs on.
        { "Analysts put the Russian servicemen absent from their units at 20,000–30,000.[4] Garrison courts convicted 3,100 of them for absence.", 20000, "awol persons RU" },

        // --- mobilisation: contracts signed, recruits called up or sent to training.
        { "Since January, about 156,000 men have signed contracts with the Russian Defence Ministry.", 156000, "mobilization persons RU" },
        { "The ministry sent 27,500 recruits to training centres in the spring.", 27500, "mobilization persons UA" },
        { "Officials said 41,000 reservists were called up in March.", 41000, "mobilization persons UA" },

        // --- personnel: force-size estimates (the strength of a force), against mobilisation.
        { "Analysts put the Russian grouping at over 520,000 in May.", 520000, "personnel persons RU" },
        { "The Ukrainian army fields about 1.3 million troops against the enemy's 690 thousand.", 1300000, "personnel persons UA" },
        { "Intelligence estimated the contingent in the south at 48,000 Russian troops.", 48000, "personnel persons RU" },
        { "The Ukrainian armed forces numbered around 880,000 at the start of the year.", 880000, "personnel persons UA" },
        { "After the call-up the Russian army had grown to some 1.15 million.", 1150000, "personnel persons RU" },
        { "Russia mobilised 300,000 reservists in the autumn of 2022.", 300000, "mobilization persons RU" },

        // --- units through elliptical lists; a figure's own label beats its neighbour's.
        { "Investigators logged 52,300 offences under the absence article and, under the desertion article, 13 680.", 52300, "awol cases UA" },
        { "Investigators logged 52,300 offences under the absence article and, under the desertion article, 13 680.", 13680, "desertion cases UA" },
        { "Prosecutors registered 18,400 absence cases in 2023 and 21,950 in 2024.", 21950, "awol cases UA" },
        { "The registry lists 4,390 desertions, alongside 9,120 cases of unauthorised absence and 157 of self-harm.", 9120, "awol cases UA" },
        { "The registry lists 4,390 desertions, alongside 9,120 cases of unauthorised absence and 157 of self-harm.", 157, "other cases UA" },
        { "The registry lists 4,390 desertions, alongside 9,120 cases of unauthorised absence and 157 of self-harm.", 4390, "desertion persons UA" },
        // "such cases" counts what its antecedent counts.
        { "Investigators opened 2,340 desertion cases in May. Courts have already ruled on 870 of them. In June they opened 1,910 such cases.", 1910, "desertion cases UA" },

        // A sentence after the last claim that names one offence is the nearer antecedent of "such cases".
        { "Investigators opened 1,480 desertion cases in March.\n\nUnder Article 407, leaving a unit in wartime is punished by up to ten years. Judges rarely give the maximum. By June prosecutors had sent 930 such cases to court.", 930, "awol cases UA" },
        // A figure that names only the offence continues the verdicts of the figure before it.
        { "Garrison courts convicted 2,270 men of unauthorised absence last year, and 340 of desertion.", 340, "convictions persons RU" },
        // Both offences named, or both articles taken together.
        { "Prosecutors opened 5,730 proceedings for absence without leave and desertion in the spring.", 5730, "awol_or_desertion cases UA" },
        { "Investigators counted 9,400 cases under Article 407 and 1,200 under Article 408. Proceedings under both articles have now passed 10,600.", 10600, "awol_or_desertion cases UA" },
        { "Since the invasion, cases under the two articles have topped 48,900, the register shows.", 48900, "awol_or_desertion cases UA" },
        // A return stated as a noun, or projected.
        { "The ministry expects as many as 12,500 returns by the end of the year.", 12500, "amnesty_returns persons UA" },
        // "another N" adds more of what its sentence's subject names, however long the aside.
        { "Investigators opened 2,950 desertion cases in the year. Refusals to follow orders, a charge prosecutors now bring against men who will not go back to the trenches, make up another 412.", 412, "other cases UA" },

        { "Almost 6,300 cases have been opened since mobilisation began.", 6300, "awol_or_desertion cases UA" },
        { "Since the call-up began, some 3,700 soldiers have fled their units.", 3700, "awol persons UA" },
        { "Investigators opened 4,800 absence cases; 1,215 of them were sent to court.", 1215, "awol cases UA" },
        { "Some 2,040 desertion cases were sent to court in the first half.", 2040, "desertion cases UA" },
        { "Some 2,040 desertion cases were referred to the courts in the first half.", 2040, "desertion cases UA" },

        // A relative clause says who the people are; the verb after it says what is counted.
        { "Some 830 soldiers who had returned under the amnesty deserted again in the spring.", 830, "desertion persons UA" },
        { "About 1,140 men who left their units have since rejoined them, the ombudsman said.", 1140, "amnesty_returns persons UA" },
        // No return happened: refusing or failing to return.
        { "Monitors documented at least 120 cases in which soldiers who refused to return to the front were locked in cellars.", 120, "other cases UA" },
        { "Some 2,100 servicemen failed to return to their units after leave.", 2100, "awol persons UA" },
        // A cue after a comparison or a purpose belongs to what is compared.
        { "A new call-up could add as many as 210,000 men this year, enough to replace losses at the front.", 210000, "mobilization persons UA" },
        // "the same months a year earlier" compares with the total that set the months, not a rate in between.
        { "From March to August, 8,400 proceedings were opened under Article 407, 7,100 of them by regional offices. The army wants to recruit 20,000 men every month.\n\nIn the same months a year earlier, the figure was about 6,900.", 6900, "awol cases UA" },
        // A sentence that says what the figures count relabels the figures under it that name only an offence.
        { "The court department has released its figures for 2024. All numbers below are persons sentenced.\n— leaving a unit: 3 410\n— desertion: 512", 3410, "convictions persons UA" },
        { "The court department has released its figures for 2024. All numbers below are persons sentenced.\n— leaving a unit: 3 410\n— desertion: 512", 512, "convictions persons UA" },
        { "The court department has released its figures for 2024. The numbers below are registered proceedings.\n— leaving a unit: 3 410\n— desertion: 512", 512, "desertion cases UA" },

        { "The court department has released its figures for 2024. All numbers below are persons sentenced.\nVerdicts for desertion: of the 512, 301 got prison terms.", 301, "convictions persons UA" },
        // A finding about the data is no definition of what its figures count.
        { "The data show that courts convicted most of them.\nProsecutors opened 2,950 desertion cases in May.", 2950, "desertion cases UA" },
        { "Figures here refer to verdicts. Courts handed down 1,480 for absence in May.", 1480, "convictions cases UA" },
        // A part named as people counts people; a part of cases stays cases.
        { "Garrison courts heard 1,930 absence cases. At least 260 of the defendants had been mobilised that spring.", 260, "awol persons RU" },
        { "Garrison courts heard 1,930 absence cases. Of those, 260 involved mobilised reservists.", 260, "awol cases RU" },

        // --- varied wording: passive, the cue before the figure, American spelling, word order.
        { "Unauthorized absence was recorded in 3,305 cases in May.", 3305, "awol cases UA" },
        { "In the first quarter, 2,870 servicemembers were reported AWOL.", 2870, "awol persons UA" },
        { "The number of soldiers who deserted reached 4,450 by the summer.", 4450, "desertion persons UA" },
        { "Desertion cases numbered 1,760 in the spring.", 1760, "desertion cases UA" },
        { "AWOL cases totaled 9,140 over the period.", 9140, "awol cases UA" },
        { "Some 3,100 people have been sentenced in absentia for desertion.", 3100, "convictions persons UA" },
        { "Prosecutors charged 2,210 soldiers with desertion in the winter.", 2210, "desertion persons UA" },
        { "Police opened 1,050 criminal cases of refusal to obey orders.", 1050, "other cases UA" },
        { "Recruitment offices signed up 27,000 volunteers in July.", 27000, "mobilization persons UA" },
        { "Some 8,400 men were fined for evading mobilization this year.", 8400, "other persons UA" },
        { "Of the 4,210 servicemen who left their units, 2,040 have come back.", 2040, "amnesty_returns persons UA" },
        { "Of the 4,210 servicemen who left their units, 2,040 have come back.", 4210, "awol persons UA" },
        { "Ukraine's army is estimated at some 880,000 men.", 880000, "personnel persons UA" },

        { "Analysts put the grouping at over 380,000 in February and at 415,000 in the autumn.", 415000, "personnel persons UA" },
        { "The Russian army fields about 1.5 million troops, against 720 thousand Ukrainian soldiers.", 720000, "personnel persons UA" },
        { "The Russian army fields about 1.5 million troops, against 720 thousand Ukrainian soldiers.", 1500000, "personnel persons RU" },
        { "Ukraine has mobilised 160,000 men since spring, bringing the Ukrainian army to 1.1 million.", 160000, "mobilization persons UA" },
        { "Investigators registered 7,720 cases of unauthorised absence and desertion.", 7720, "awol_or_desertion cases UA" },
        { "Almost 5,600 cases since the mobilisation began, the court said.", 5600, "awol_or_desertion cases UA" },
        { "Some 7,900 cases were sent to court in the first half.", 7900, "awol_or_desertion cases UA" },
        { "Investigators referred 3,400 desertion cases to court.", 3400, "desertion cases UA" },
        { "Over 4,000 cases of SZCh were opened in the Kharkiv region.", 4000, "awol cases UA" },
        { "Russian court websites list 4,700 verdicts for SOCh since the autumn.", 4700, "convictions cases RU" },

        // --- force follows the country the figure is about.
        { "About 410 Ukrainian soldiers crossed over to the Russian side this year. In May alone, roughly 90 of them surrendered, using a hotline the Russian side advertises.", 90, "defections persons UA" },
        { "The Russian grouping is put at 600,000, against roughly 450 thousand on the Ukrainian side.", 450000, "personnel persons UA" },
        { "The Russian army is struggling to keep men at the front.\nSome 19,000 cases of absence were opened in Ukraine last year, the MP said.", 19000, "awol cases UA" },
        { "Ukrainian soldiers are leaving their units in record numbers.\n\nIndependent Russian journalists counted 6,100 verdicts for absence last year.", 6100, "convictions cases RU" },
        { "The Russian army is short of men.\n\nUkraine, which has kept martial law since 2022, says its forces have grown. Its defence minister said about 820,000 people serve in the armed forces.", 820000, "personnel persons UA" },
        { "The Russian army is short of men, the Kremlin admits.\nPer Ukraine's prosecutors, 61,000 desertion cases have been opened since the invasion.", 61000, "desertion cases UA" },
        { "Ukrainian soldiers are leaving their units in record numbers.\n\nIn Russia, military courts have convicted 7,300 soldiers of unauthorised absence since September 2022.", 7300, "convictions persons RU" },
        { "Ukrainian soldiers are leaving their units in record numbers.\n\nCourts in Russia handed down 5,120 verdicts for absence last year.", 5120, "convictions cases RU" },
        { "Ukrainian soldiers are leaving their units in record numbers.\n\nRussian court data show 2,940 verdicts for absence in the first half.", 2940, "convictions cases RU" },
        // A state's own ministry that speaks of "its forces" speaks for that state's soldiers.
        { "The Russian army has lost ground.\n\nUkraine's defence ministry says its forces now count about 910,000 personnel.", 910000, "personnel persons UA" },
        // The currency a paragraph pays in names its country.
        { "Ukrainian soldiers are leaving their units in record numbers.\n\nMeanwhile about 64,000 people have signed contracts since March. Each recruit gets a one-off bonus of 400,000 roubles.", 64000, "mobilization persons RU" },
        { "Russian soldiers are deserting in growing numbers.\n\nSome 5,200 men have signed contracts this spring, each paid 120,000 hryvnias on signing.", 5200, "mobilization persons UA" },
        // A section opened for one side holds its figures until the other side is named.
        { "Russian soldiers are deserting in growing numbers, court data show.\n\nThe Ukrainian side\n\nThe bureau said 7,400 men came back to their units in the spring.", 7400, "amnesty_returns persons UA" },
        { "Russian soldiers are deserting in growing numbers, and Russian garrison courts cannot keep up.\n\nOn the Ukrainian side, investigators opened 3,100 absence cases in May.\n\nAbout 900 soldiers returned to their units over the same month, the bureau said.", 900, "amnesty_returns persons UA" },
        { "Russian soldiers are deserting in growing numbers.\n\nOn the Ukrainian side, investigators opened 3,100 absence cases in May.\n\nRussian garrison courts are busy too.\n\nAbout 900 soldiers were sentenced over the same month.", 900, "convictions persons RU" },
    };

    // "monthly reports" describe where the figure comes from; "every month" makes it a rate.
    [Theory]
    [InlineData("By our count from the ministry's monthly reports, 41,800 cases were opened under Article 407 in 2024.", 41800, "total")]
    [InlineData("Going by the monthly figures, prosecutors opened 41,800 absence cases in 2024.", 41800, "total")]
    [InlineData("Prosecutors open about 4,100 absence cases every month.", 4100, "per_month")]
    public void A_monthly_source_is_no_monthly_rate(string text, long value, string rate) =>
        Assert.Equal(rate, Assert.Single(Extract(text), c => c.ValueLow == value || c.ValueHigh == value).Rate.ToSpec());

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_figure_counts_what_its_words_say_for_the_side_it_is_about(string text, long value, string expected)
    {
        var claim = Assert.Single(Extract(text), c => c.ValueLow == value || c.ValueHigh == value);
        Assert.Equal(expected, $"{claim.Metric.ToSpec()} {claim.Unit.ToSpec()} {claim.Force.ToSpec()}");
    }
}
