namespace AnalysisKit.Recognition;

/// <summary>
/// What a figure counts, as data: phrases → metric and unit (spec column definitions). Order
/// matters only where two phrases start at the same place: the longer one is listed first.
/// </summary>
internal static class MetricLexicon
{
    private const Metric Awol = Metric.Awol;
    private const Metric Desertion = Metric.Desertion;
    private const CountUnit Persons = CountUnit.Persons;
    private const CountUnit Cases = CountUnit.Cases;

    // "refused to return to their units", "failed to return", "did not return": no return happened.
    private const string NotReturning = @"(?<!\b(?:refus\w*\s+to|fail\w*\s+to|declin\w*\s+to|not|never)\s+)";

    public static readonly IReadOnlyList<MetricCue> Entries =
    [
        // --- awol: unauthorized absence, self-leave, abandonment or leaving of a unit (SZCh, art. 407).
        new(@"self[- ]?leav(?:e|ing)", Awol, null, CueRole.Specific),                       // Ukrainian "самовільне залишення" as translated
        new(@"self[- ]willed\s+(?:leaving|leave|abandonment|departures?|absences?)", Awol, null, CueRole.Specific), // the same term, translated word by word
        new(@"SZCh|SZCH|SZC", Awol, null, CueRole.Specific),                                  // the Ukrainian abbreviation itself
        new(@"AWOL|A\.W\.O\.L\.?", Awol, null, CueRole.Specific),                            // "275,000 AWOL cases", "went AWOL"
        new(@"(?:absent|absences?)\s+without\s+(?:official\s+)?leave", Awol, null, CueRole.Specific),   // "absence without leave and desertion" names both
        new(@"unauthori[sz]ed\s+(?:absences?|abandonment|leave|leaving|departures?)", Awol, null, CueRole.Specific),
        new(@"abandon(?:ed|ing|ment|s)?", Awol, null, CueRole.Specific),                     // "abandoned their unit", "abandonment of a unit"
        new(@"(?:left|leaving|leave|leaves|fled|fleeing|flee|quit|(?:walk(?:ed|ing|s)?|slip(?:ped|ping|s)?|run(?:ning|s)?|ran)\s+(?:away\s+from|out\s+of)|absent\s+from)\s+(?:their|his|the|its|a|her)\s+(?:military\s+)?(?:units?|posts?|positions?|duty\s+stations?|ranks|service|places?\s+of\s+service)", Awol, null, CueRole.Specific),
        new(@"absences?|absentees?", Awol, null, CueRole.Specific),                           // "5,200 absence cases"
        // Verbs of leaving with no offence named (spec conventions): "slipped away", "walked out", "left again".
        new(@"(?:slip(?:ped|ping|s)?|walk(?:ed|ing|s)?|r[au]n(?:ning|s)?)\s+(?:away|out|off)|(?:left|fled|ran)\s+again", Awol, null, CueRole.Specific),
        new(@"fail(?:ed|ing)?\s+to\s+return", Awol, null, CueRole.Specific),                 // "failing to return from medical treatment or leave"
        // More verbs of leaving (spec conventions): "left without permission", "disappeared from their base",
        // "fled the garrison", "on the run", "listed as absent", "640 escapes from training centres".
        new(@"without\s+(?:permission|authori[sz]ation)|(?:disappeared|vanished|(?:went|gone|go|going)\s+missing)\s+from|on\s+the\s+run|abscond(?:ed|ing|s)?|(?:listed|registered|recorded|marked)\s+as\s+absent", Awol, null, CueRole.Specific),
        new(@"fled|escaped|who\s+(?:had\s+|have\s+)?left", Awol, null, CueRole.Specific),      // "Of the 12,000 soldiers who left, 4,000 came back"
        new(@"escapes", Awol, Persons, CueRole.Specific, IsNoun: true),
        new(@"(?:Article|art\.)\s*407", Awol, null, CueRole.Specific),                       // Criminal Code art. 407 (SZCh)
        new(@"SOCh|SOCH|(?:Article|art\.)\s*337", Awol, null, CueRole.Specific),             // the Russian terms: SOCh, art. 337
        new(@"Articles\s+(?:407\s+(?:and|or|&)\s+408|337\s+(?:and|or|&)\s+338)", Metric.AwolOrDesertion, null, CueRole.Specific),
        // "the total under the two articles", "under both articles": the pair the article names, taken together (docs/claims.md).
        new(@"(?:both|the\s+two)\s+(?:articles|offen[cs]es)", Metric.AwolOrDesertion, null, CueRole.Specific),

        // --- desertion: art. 408 or the loose words "deserted/deserters".
        new(@"deserters?", Desertion, Persons, CueRole.Specific, IsNoun: true),
        new(@"desertions", Desertion, Persons, CueRole.Specific, IsNoun: true),              // "over 21,000 desertions" counts people
        new(@"desertion", Desertion, null, CueRole.Specific, IsNoun: true),                  // the offence ("desertion: 512") names no unit
        new(@"desert(?:ed|ing|s)?", Desertion, null, CueRole.Specific),                      // "soldiers desert every day"
        new(@"(?:Article|art\.)\s*408|(?:Article|art\.)\s*338", Desertion, null, CueRole.Specific),

        // --- amnesty_returns: returned voluntarily / under the amnesty; outranks the desertion it ends.
        new(@"amnest(?:y|ied)", Metric.AmnestyReturns, null, CueRole.Dominant),
        // A return verb beats the absence it ends: "return from SZCh voluntarily".
        new(NotReturning + @"return(?:ed|ing|s)?\s+from\s+(?:SZCh|SZCH|SOCh|AWOL|absence|desertion|unauthori[sz]ed\s+absence)", Metric.AmnestyReturns, null, CueRole.Dominant),
        new(@"(?:returned|come\s+back|came\s+back)\s+voluntarily|voluntarily\s+(?:returned|came\s+back)|voluntary\s+returns?", Metric.AmnestyReturns, null, CueRole.Dominant),
        new(NotReturning + @"return(?:ed|ing)?\s+to\s+(?:their\s+|the\s+)?(?:units?|service|duty|the\s+army|the\s+ranks|the\s+front)", Metric.AmnestyReturns, null, CueRole.Dominant),
        new(@"took\s+advantage\s+of|(?:have|has|had)\s+taken\s+advantage\s+of", Metric.AmnestyReturns, null, CueRole.Specific), // "took advantage of the program"
        new(@"returnees", Metric.AmnestyReturns, Persons, CueRole.Specific, IsNoun: true),
        // "expects 9,000 returns this year": the noun of the act counts the people who return.
        new(NotReturning + @"returns", Metric.AmnestyReturns, Persons, CueRole.Specific, IsNoun: true),
        new(@"returned|c[oa]me\s+back|coming\s+back|rejoined", Metric.AmnestyReturns, null, CueRole.Specific),
        // "used the chance to return", "took the opportunity to return".
        new(@"(?:chance|opportunity|option|right|offer)\s+to\s+(?:return|come\s+back)", Metric.AmnestyReturns, null, CueRole.Dominant),

        // --- convictions: verdicts and sentences; outrank the offence judged ("convicted ... for desertion").
        new(@"convictions?|(?:guilty\s+)?verdicts?|sentences|court\s+(?:rulings?|decisions?)|judgments?", Metric.Convictions, Cases, CueRole.Dominant, IsNoun: true),
        new(@"convict(?:ed)?|found\s+guilty|sentenced|sentence|jail(?:ed|s)?", Metric.Convictions, null, CueRole.Dominant),

        // --- deaths: died, killed, dead ("losses in dead").
        // Killed and wounded together count other (spec), before "killed" alone.
        new(@"(?:killed|dead)\s+(?:and|or|and/or)\s+(?:wounded|injured|missing)|(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)", Metric.Other, null, CueRole.Specific),
        new(@"killed\s+in\s+action|lost\s+their\s+lives|losses\s+in\s+(?:dead|killed)", Metric.Deaths, null, CueRole.Specific),
        new(@"died|dies|die|killed|dead|perished|KIA", Metric.Deaths, null, CueRole.Specific),
        new(@"deaths?|fatalities", Metric.Deaths, Persons, CueRole.Specific, IsNoun: true),

        // --- defections: defected, surrendered, switched sides.
        new(@"defectors?", Metric.Defections, Persons, CueRole.Specific, IsNoun: true),
        new(@"defections?", Metric.Defections, Persons, CueRole.Specific, IsNoun: true),
        new(@"defect(?:ed|ing|s)?|surrender(?:ed|ing|s)?|switched\s+sides|crossed\s+over\s+to|(?:went|gone|go(?:es|ing)?)\s+over\s+to\s+the", Metric.Defections, null, CueRole.Specific),

        // --- mobilization: mobilized, conscripted, drafted, recruited.
        // Contracts signed count mobilization (spec): "48,500 contract soldiers joined", "joined the army".
        new(@"contract\s+(?:soldiers|servicem[ae]n|fighters|troops)", Metric.Mobilization, Persons, CueRole.Specific, IsNoun: true),
        new(@"join(?:ed|ing|s)?\s+(?:the\s+)?(?:army|armed\s+forces|military)", Metric.Mobilization, null, CueRole.Specific),
        new(@"conscripts|recruits|draftees|mobili[sz]ed\s+(?:men|soldiers|servicemen)", Metric.Mobilization, Persons, CueRole.Specific, IsNoun: true),
        new(@"mobili[sz](?:ed|ation|ing|es|e)|conscript(?:ed|ing|ion)|draft(?:ed|ing)|call(?:ed)?[- ]up|recruit(?:ed|ing|ment)|enlist(?:ed|ment)|signed\s+(?:up|contracts?)", Metric.Mobilization, null, CueRole.Specific),

        // --- other: any other count of soldiers or of cases against them.
        new(@"refuseniks?|refusers", Metric.Other, Persons, CueRole.Specific, IsNoun: true),    // who refuse to fight
        new(@"refus(?:ed|al|ing|es|e)\s+to\s+(?:fight|obey|follow|carry\s+out|go|serve|return)|insubordination|disobe(?:y|yed|ying|dience)|self[- ](?:harm|mutilation|inflicted)|maimed\s+themselves", Metric.Other, null, CueRole.Specific),
        new(@"draft\s+dodg(?:ers?|ing)|evad(?:ed|ing|ers)\s+(?:mobili[sz]ation|the\s+draft|conscription|service)|evasion", Metric.Other, null, CueRole.Specific),
        new(@"refusals\s+to\s+(?:fight|obey|follow|serve|go)", Metric.Other, null, CueRole.Specific),           // "Refusals to obey orders ... account for another 387"
        new(@"prisoners\s+of\s+war|POWs|captured|wounded|injured|missing(?:\s+in\s+action)?|casualties|losses|lost|suicides?|acquitted|acquittals?", Metric.Other, null, CueRole.Specific), // "lost up to 1,850 servicemen": losses count the wounded too

        // --- personnel: strength of a force; weak, since "troops" also names who deserted or was mobilized.
        new(@"total\s+force|(?:troop\s+)?strength|manpower|headcount|active[- ]duty|under\s+arms|force\s+of|army\s+of", Metric.Personnel, null, CueRole.Weak),
        new(@"(?:defen[cs]e|armed)\s+forces\s+(?:number|numbered|totals?|totalled|totaled)|in\s+(?:its|their|the|our)\s+(?:defen[cs]e|armed)\s+forces|serv(?:e|es|ing)\s+in\s+the\s+(?:army|armed\s+forces)", Metric.Personnel, null, CueRole.Weak),
        new(@"troops|(?:military\s+)?personnel", Metric.Personnel, Persons, CueRole.Weak, IsNoun: true),
        // "the army had grown to 1.2 million", "the grouping swelled to": the size a force reached.
        new(@"(?:army|armed\s+forces|forces|grouping|contingent|military)\s+(?:(?:has|had|have)\s+)?(?:grown|grew|swelled|swollen|expanded|shrunk|shrank|rose|risen|increased|decreased)\s+to", Metric.Personnel, null, CueRole.Weak),
        new(@"in\s+uniform|(?:puts?|putting|estimated?)\s+the\s+(?:[\w'’-]+\s+){0,2}(?:grouping|group|force|forces|contingent|army|military)\s+(?:[\w-]+\s+){0,3}at|(?:grouping|contingent)\s+of|(?:grouping|contingent|force|forces|army)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:put|estimated|assessed)\s+at", Metric.Personnel, null, CueRole.Weak),

        // --- charging names no offence of its own: the offence named near it decides, else both (spec).
        new(@"charged|indicted|prosecuted", Metric.AwolOrDesertion, null, CueRole.Weak),

        // --- units: criminal cases / proceedings (no metric of their own).
        new(@"(?:criminal\s+)?(?:cases|proceedings|investigations|prosecutions|indictments|charges|offen[cs]es|crimes)|case\s+files", null, Cases, CueRole.Unit, IsNoun: true),
        new(@"soldiers?|servicem[ae]n|service\s?(?:wo)?m[ae]n|service\s*members?|servicewomen|people|persons|individuals|men|fighters|officers|marines|paratroopers|infantrymen|members|defenders|volunteers|prisoners|inmates|convicts|Ukrainians|Russians|citizens", null, Persons, CueRole.Unit, IsNoun: true),
    ];

    /// <summary>
    /// Words right after a number that say it counts something other than people or cases
    /// ("150 tanks", "24 hours", "a 28-point plan", "10 percent"): never a claim.
    /// </summary>
    public static readonly IReadOnlySet<string> NotCounted = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "tanks", "tank", "vehicles", "drones", "guns", "howitzers", "shells", "missiles", "rockets", "rounds", "bombs",
        "aircraft", "planes", "jets", "helicopters", "ships", "boats", "artillery", "weapons", "rifles",
        "km", "kilometers", "kilometres", "miles", "meters", "metres", "square", "hectares", "tons", "tonnes", "kg",
        "hours", "hour", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "months", "month", "years", "year", "decades",
        "dollars", "euros", "pounds", "hryvnias", "hryvnia", "uah", "rubles", "roubles", "usd", "eur", "billion", "trillion",
        "points", "point", "percent", "per", "times", "fold", "villages", "towns", "cities", "settlements", "regions",
        "pages", "views", "comments", "likes", "shares", "votes", "seats", "laws", "articles", "brigades", "battalions",
        "regiments", "divisions", "units", "formations", "companies", "platoons", "ranges", "centres", "centers", "camps", "bases", "sites", "facilities", "messages", "requests", "short", "attacks", "assaults", "strikes", "am", "pm", "gmt", "degrees",
        // Civilians are not the war's manpower: "12,000 civilian deaths", "3,000 civilians were killed".
        "civilian", "civilians", "children", "refugees",
        // Nor are a town's people or a ministry's posts: "a town of 40,000 residents", "1,200 families", "1,500 vacancies".
        "residents", "inhabitants", "families", "households", "pensioners", "students", "pupils", "patients", "voters", "vacancies", "jobs",
        // A sum with no currency named: "deserters lose the 100,000 bonus".
        // "at least one official number": a figure that counts figures.
        "number", "numbers", "figure", "figures",
        "bonus", "bonuses", "salary", "salaries", "payment", "payments", "payout", "reward", "allowance", "fine", "fines",
    };
}
