using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace AnalysisKit.Recognition;

/// <summary>
/// The number recognizer's patterns as data: small named pieces that refer to each other as
/// <c>{Name}</c> and compose into the handful of regexes the stages run (after
/// Recognizers-Text's English-Numbers.yaml). All quantifiers are bounded, so every regex runs
/// in linear time on any input; the timeout is a second line of defence.
/// </summary>
internal sealed class NumberPatterns
{
    private const RegexOptions Options =
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Named pieces. \s also matches U+00A0, U+2009 and U+202F (category Z).</summary>
    internal static readonly FrozenDictionary<string, string> Pieces = new Dictionary<string, string>
    {
        ["S"] = @"\s{1,3}",
        ["S0"] = @"\s{0,3}",
        ["Hyphen"] = @"(?:{S0}-{S0})",
        ["Dash"] = @"[-\u2010-\u2015\u2212~]",
        // A thousands separator inside digits: comma, or one space of any width ("218 282").
        ["GroupSep"] = @"[ \u00A0\u2009\u202F]",

        // Month names are matched case-sensitively: "may", "march" and "sept" are words too.
        ["Month"] = @"(?-i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?!\p{L})",

        // ---- digits ------------------------------------------------------------------------
        // A figure never continues a word, a code ("F-16", "Su-27", "COVID-19") or a list "1,1".
        ["CodePrefix"] = @"(?-i:\b\p{Lu}\p{L}{0,6})-",
        ["DigitGuard"] = @"(?<![\p{L}\d,/:_'’])(?<!{CodePrefix})",
        ["CommaGroups"] = @"\d{1,3}(?:,\d{3}){1,6}(?!\d)",
        // "in 2024 1,000": a group of four digits never starts a spaced number, and a spaced
        // number that runs into ",000" was two numbers ("5 100,000").
        ["SpaceGroups"] = @"\d{1,3}(?:{GroupSep}\d{3}){1,6}(?!\d)(?!,\d)",
        ["PlainDigits"] = @"\d{1,28}",
        ["DecimalPart"] = @"\.\d{1,12}(?!\d)",
        // "1,5 million": a decimal comma is only read as such before a scale word.
        ["EuroDecimal"] = @"\d{1,3},\d{1,2}(?={S}(?:thousand|million|billion|trillion|mln|bn)\b)",
        ["Unsigned"] = @"(?:(?<euro>{EuroDecimal})|(?:{CommaGroups}|{SpaceGroups}|{PlainDigits})(?:{DecimalPart})?)",
        ["ScaleWord"] = @"(?:hundred|thousand|million|billion|trillion)",
        // "2.35 million", "10k", "1.2m", "1.5bn"; a spaced single letter is a unit ("10 m").
        ["DigitScale"] = @"(?:{S}(?<scale>{ScaleWord}|dozen)s?\b|\s?(?<scale>bn|mln|mn|tn|k)\b|(?<scale>m|b)\b)",
        // A minus sign, not a dash: not after a number ("300 - 500") nor inside a word.
        ["Sign"] = @"(?<neg>(?<![\p{L}\d.,)\]])(?<!\d\s{1,2})[-\u2212](?=\d))",
        ["DigitNumber"] = @"{Sign}?{DigitGuard}(?<digits>{Unsigned})(?:{DigitScale})?(?![\p{L}\d])",

        ["IsoDate"] = @"(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:3[01]|[12]\d|0?[1-9])(?!\d)",
        ["NumericDate"] = @"(?:3[01]|[12]\d|0?[1-9])(?<dsep>[./])(?:3[01]|[12]\d|0?[1-9])\k<dsep>(?:(?:19|20)\d\d|\d\d)(?![\d\p{L}])",
        ["YearMonth"] = @"(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d\p{L}-])",
        // Phone numbers, IP addresses, versions: three or more groups with one separator.
        ["Identifier"] = @"\+?\d{1,6}(?<isep>[-./])\d{1,6}(?:\k<isep>\d{1,6}){1,6}(?!\d)",
        ["Time"] = @"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?{S0}(?:[ap]\.?m\.?(?!\p{L})|h(?!\p{L}))|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)",
        ["DigitFraction"] = @"\d{1,3}/\d{1,3}(?![\d/])",
        ["DigitOrdinal"] = @"\d{1,7}(?:st|nd|rd|th)(?!\p{L})",
        ["Decade"] = @"(?:1[89]|20)\d0['’]?s(?!\p{L})",
        ["DigitFold"] = @"\d{1,4}(?:\.\d{1,2})?{S0}-?{S0}fold(?!\p{L})",

        // ---- words -------------------------------------------------------------------------
        ["Unit"] = @"(?:one|two|three|four|five|six|seven|eight|nine)",
        ["Teen"] = @"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)",
        ["Tens"] = @"(?:twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety)",
        ["CardinalWord"] = @"(?:zero|{Unit}|{Teen}|{Tens})",
        ["WordToken"] = @"(?:{CardinalWord}|{ScaleWord}|dozens?)\b",
        // "a million", "half a million", "a dozen"; a bare "thousand" or "hundreds" is vague.
        ["Lead"] = @"(?:(?:half{S})?a{S}(?=(?:{ScaleWord}|dozen)\b))",
        ["HalfTail"] = @"{S}and{S}a{S}half\b",
        // "and" joins only after a scale word ("one hundred and twenty"), so "between one
        // and two" stays two numbers.
        ["CardinalRun"] = @"(?:(?:negative|minus){S})?(?:{Lead}(?:{ScaleWord}|dozen)\b|{CardinalWord}\b)(?:(?:{Hyphen}|{S}|(?<=(?:hundred|thousand|million|billion|trillion)){S}and{S}){WordToken}|{HalfTail}){0,16}",
        ["OrdinalUnit"] = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)",
        ["OrdinalOther"] = @"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth|billionth)",
        ["OrdinalWord"] = @"(?:(?:{Tens}(?:{Hyphen}|{S}))?{OrdinalUnit}|{OrdinalOther})(?!\p{L})",
        ["MultiplierWord"] = @"(?:(?:{CardinalWord}|{ScaleWord}){S0}-?{S0}fold|twice|thrice|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing))(?!\p{L})",

        // One scan finds every number-like atom; the group says what it is. Dates, codes and
        // times come first so their digits never become figures.
        ["Atom"] = @"{DigitGuard}(?:(?<date>{IsoDate}|{NumericDate}|{YearMonth})|(?<skip>{Identifier}|{Time})|(?<frac>{DigitFraction})|(?<ord>{DigitOrdinal})|(?<decade>{Decade})|(?<fold>{DigitFold}))"
            + @"|(?<num>{DigitNumber})"
            + @"|(?<![\p{L}\d_'’])(?:(?<ordw>{OrdinalWord})|(?<mult>{MultiplierWord})|(?<words>{CardinalRun}))",

        // ---- hedges (prefix lexicons, longest phrasing first: the right-to-left match takes
        // the first alternative that fits) --------------------------------------------------
        ["Modifier"] = @"(?:just|slightly|a{S}little|a{S}bit|somewhat|well|far|much|considerably|significantly)",
        ["OverWord"] = @"(?:{Modifier}{S}(?:over|above|more{S}than|in{S}excess{S}of|upwards?{S}of|exceeding)"
            + @"|(?:no|not){S}(?:less|fewer){S}than"
            + @"|(?:more|greater|larger|bigger|higher){S}than{S}or{S}equal{S}(?:to|than)"
            + @"|(?:more|greater|larger|bigger|higher){S}or{S}equal{S}(?:to|than)"
            + @"|equal{S}(?:to{S})?or{S}(?:more|greater|larger|bigger|higher){S}than"
            + @"|at{S}least{S}or{S}equal{S}to|at{S}least|a{S}minimum{S}of|minimum{S}of"
            + @"|(?<!(?:no|not){S})(?:more|greater|larger|bigger|higher){S}than|in{S}excess{S}of|upwards?{S}of"
            + @"|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|topp(?:ed|ing)|over|above)",
        // "<>30", "=>30" and "=<30" are not comparisons (Recognizers-Text spec).
        ["OverSymbol"] = @"(?:(?<![<=])>{S0}=|(?<![<=])>|≥)",
        ["UnderWord"] = @"(?:{Modifier}{S}(?:under|below|less{S}than|fewer{S}than)"
            + @"|(?:no|not){S}(?:more|greater|higher|larger){S}than|not{S}exceeding|not{S}to{S}exceed"
            + @"|(?:less|fewer|smaller|lower){S}than{S}or{S}equal{S}(?:to|than)"
            + @"|(?:less|fewer|smaller|lower){S}or{S}equal{S}(?:to|than)"
            + @"|equal{S}(?:to{S})?or{S}(?:less|fewer|smaller|lower){S}than"
            + @"|at{S}most{S}or{S}equal{S}to|at{S}most|a{S}maximum{S}of|maximum{S}of"
            + @"|(?<!(?:no|not){S})(?:less|fewer|smaller|lower){S}than|up{S}to|as{S}(?:many|much|high){S}as|under|below)",
        ["UnderSymbol"] = @"(?:(?<![>=])<{S0}=|(?<![>=])<(?!>)|≤)",
        // "nearly"/"almost" are approx (spec), though they imply an upper bound; "an estimated"
        // and "estimated at (only)" are approx (seed gold: "estimated at only 350,000").
        ["ApproxWord"] = @"(?:an?{S}estimated|estimated(?:{S}at)?(?:{S}(?:only|just))?|approximately|approx\.?|roughly|nearly|almost|around|(?<!(?:how|what){S})about|circa|ca\."
            + @"|some|close{S}to|closer{S}to|in{S}the{S}region{S}of|on{S}the{S}order{S}of|more{S}or{S}less|somewhere{S}(?:around|near))",
        ["ApproxSymbol"] = @"(?:~|≈)",
        ["ExactWord"] = @"(?:exactly|precisely|equal{S}to|equals(?:{S}to)?|equall?ing(?:{S}to)?)",
        ["WordStart"] = @"(?<![\p{L}\d])",
        ["PrefixHedge"] = @"(?:{WordStart}(?:(?<over>{OverWord})|(?<under>{UnderWord})|(?<approx>{ApproxWord})|(?<exact>{ExactWord}))(?<the>{S}the)?{S}"
            + @"|(?:(?<over>{OverSymbol})|(?<under>{UnderSymbol})|(?<approx>{ApproxSymbol})){S0})$",
        ["RangePrefix"] = @"{WordStart}(?:(?<between>between)|(?<from>from)){S}(?:the{S})?$",
        ["RangeConnector"] = @"^(?<pct>{S0}(?:%|per{S0}cent|percent))?(?:{S0}{Dash}{S0}|{S}(?:to|through|thru|till|until|up{S}to|(?<and>and)){S})(?:the{S})?$",
        ["ChangeVerb"] = @"{WordStart}(?:ris(?:e[sn]?|ing)|rose|increas(?:e[sd]?|ing)|gr(?:ew|own|ows?|owing)|jump(?:ed|s|ing)?|climb(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e[sd]?|ing)"
            + @"|f(?:all|alls|alling|allen|ell)|drop(?:ped|s|ping)?|declin(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|went|go(?:es|ne|ing)?|up|down|chang(?:e[sd]?|ing)"
            + @"|shr(?:ink|inks|inking|ank|unk)|reduc(?:e[sd]?|ing)|cut|rais(?:e[sd]?|ing)|lower(?:ed|s|ing)?|boost(?:ed|s|ing)?|expand(?:ed|s|ing)?|mov(?:e[sd]?|ing)"
            + @"|shift(?:ed|s|ing)?|slip(?:ped|s|ping)?|plung(?:e[sd]?|ing)|plummet(?:ed|s|ing)?|swell(?:ed|s|ing)?|swollen|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|revis(?:e[sd]?|ing)|adjust(?:ed|s|ing)?)"
            + @"(?:{S}[\p{L}’']{1,20}){0,2}{S}from{S}(?:the{S})?$",

        // ---- suffixes (anchored at the end of the figure) ----------------------------------
        // A suffix like "or more" belongs to the next figure when one follows ("200 or more
        // than 190", "twenty and less or equal than thirty").
        ["NumberAhead"] = @"(?:{S}(?:than|or|equal|to|of)\b){0,4}{S}(?:[-\u2212]?\d|{CardinalWord}\b|a{S}(?:{ScaleWord}|dozen)\b)",
        ["SuffixPercent"] = @"\G{S0}(?:%|per{S0}cent(?:age{S}points?)?\b|percent(?:age{S}points?)?\b|percentage{S}points?\b|pct\b|p\.p\.|pp\b)",
        ["SuffixMultiplier"] = @"\G(?:{S0}-?{S0}fold\b|{S}times\b)",
        ["SuffixHedge"] = @"\G(?:(?<over>{S0}\+(?![\d\p{L}])|(?:-|{S})plus\b|{S}(?:or|and){S}(?:more|greater|higher|larger|bigger|above|over|upwards?|up)\b(?:{S}than\b)?|{S}at{S}least\b)"
            + @"|(?<under>{S}(?:or|and){S}(?:less|fewer|lower|smaller|below|under)\b(?:{S}than\b)?|{S}at{S}most\b)"
            + @"|(?<approx>{S}or{S}so\b|(?:-|{S})odd\b|{S}or{S}thereabouts\b))(?!{NumberAhead})",
        ["SuffixOrEqual"] = @"\G{S}or{S}equal(?:{S}(?:to|than))?\b(?!{NumberAhead})",
        ["SuffixBracketOpen"] = @"\G{S0}\({S0}",
        ["SuffixBracketClose"] = @"\G{S0}\)",
        ["SuffixTimeOfDay"] = @"\G{S0}(?:[ap]\.m\.|[ap]m\b|o['’]clock\b)",
        ["SuffixAge"] = @"\G(?:(?:{Hyphen}|{S})(?:years?|yrs?|months?|weeks?|days?)(?:{Hyphen}|{S})olds?\b|{S}years?{S}of{S}age\b)",
        ["SuffixDuration"] = @"\G(?:{Hyphen}|{S})(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|century|fortnights?|nights?)\b",
        ["SuffixReference"] = @"\G(?:{Hyphen}(?:point|item|page|step|article|paragraph|clause|section)s?\b|{S}points?\b)",
        ["SuffixFraction"] = @"\G(?:{Hyphen}|{S})(?:halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths|hundredths|thousandths)\b",
        ["SuffixMonth"] = @"\G(?:st|nd|rd|th)?{S}(?:of{S})?{Month}\.?",
        ["SuffixYear"] = @"\G,?{S}(?:19|20)\d\d(?![\d\p{L}])",
        // Nouns that make a year-shaped number a count ("2000 soldiers", not "in 2000").
        ["SuffixCountedNoun"] = @"\G(?:{S}(?:more|additional|new|other|extra|(?-i:\p{Lu})\p{L}{1,20}))?{S}(?:people|persons|individuals|soldiers|troops|servicem[ae]n|servicewomen|service{S}members|personnel|men|women|children|civilians|fighters|militants|deserters|conscripts|recruits|volunteers|officers|prisoners|residents|refugees|migrants|workers|employees|members|cases|deaths|casualties|victims|dead|wounded|injured|killed|units|vehicles|tanks|drones|missiles|shells|dollars|euros|rubles|roubles|hryvnias?|votes|voters|applications|complaints|proceedings|crimes|offen[cs]es|desertions|incidents|attacks|strikes|households|families|students|patients|signatures|km|kilomet(?:er|re)s|miles)\b",
        ["SuffixOneExclusion"] = @"\G{S}(?:another|by{S}one)\b",

        // ---- prefixes (end-anchored, matched right to left) --------------------------------
        ["PrefixMonth"] = @"{WordStart}{Month}\.?{S}(?:the{S})?$",
        ["PrefixYearContext"] = @"{WordStart}(?:in|since|by|until|till|from|during|before|after|of|through|throughout|between|and|to|year|years|mid|early|late|spring|summer|autumn|fall|winter|end|start|beginning|circa|{Month}\.?)(?:{Hyphen}|{S})$",
        ["PrefixReference"] = @"(?:{WordStart}(?:articles?|arts?\.|parts?|paragraphs?|paras?\.|sections?|secs?\.|clauses?|chapters?|items?|pages?|pp?\.|vols?\.|volumes?|resolutions?|decrees?|laws?|bills?|brigades?|battalions?|regiments?|unit|model|nos?\.|(?-i:Nos?|Number))|#|№|§{1,2}){S0}$",
        ["PrefixAgeContext"] = @"{WordStart}(?:aged?|ages)(?![\p{L}\d])[^\d.,;:!?()\[\]\r\n]{0,40}$",
        ["PrefixFraction"] = @"{WordStart}(?:a|one)(?:{Hyphen}|{S})$",
        ["PrefixOneExclusion"] = @"{WordStart}(?:no|any|every|each|some|this|that|which|another|the){S}$",

        // ---- between figures ---------------------------------------------------------------
        ["CompoundConnector"] = @"^{S0}(?:,{S0})?(?:(?:and|but|yet|while){S0})?$",
        // "2 in 5", "one in four": a ratio, not two counts.
        ["RatioConnector"] = @"^{S}(?:in|out{S}of){S}$",
        ["ListConnector"] = @"^{S0}(?:,|&|and|or)(?:{S}(?:and|or))?{S0}$",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public NumberPatterns()
    {
        Atom = Build("Atom");
        PrefixHedge = Build("PrefixHedge", RegexOptions.RightToLeft);
        RangePrefix = Build("RangePrefix", RegexOptions.RightToLeft);
        RangeConnector = Build("RangeConnector");
        ChangeVerb = Build("ChangeVerb", RegexOptions.RightToLeft);
        SuffixPercent = Build("SuffixPercent");
        SuffixMultiplier = Build("SuffixMultiplier");
        SuffixHedge = Build("SuffixHedge");
        SuffixOrEqual = Build("SuffixOrEqual");
        SuffixBracketOpen = Build("SuffixBracketOpen");
        SuffixBracketClose = Build("SuffixBracketClose");
        SuffixTimeOfDay = Build("SuffixTimeOfDay");
        SuffixAge = Build("SuffixAge");
        SuffixDuration = Build("SuffixDuration");
        SuffixReference = Build("SuffixReference");
        SuffixFraction = Build("SuffixFraction");
        SuffixMonth = Build("SuffixMonth");
        SuffixYear = Build("SuffixYear");
        SuffixCountedNoun = Build("SuffixCountedNoun");
        SuffixOneExclusion = Build("SuffixOneExclusion");
        PrefixMonth = Build("PrefixMonth", RegexOptions.RightToLeft);
        PrefixYearContext = Build("PrefixYearContext", RegexOptions.RightToLeft);
        PrefixReference = Build("PrefixReference", RegexOptions.RightToLeft);
        PrefixAgeContext = Build("PrefixAgeContext", RegexOptions.RightToLeft);
        PrefixFraction = Build("PrefixFraction", RegexOptions.RightToLeft);
        PrefixOneExclusion = Build("PrefixOneExclusion", RegexOptions.RightToLeft);
        CompoundConnector = Build("CompoundConnector");
        ListConnector = Build("ListConnector");
        RatioConnector = Build("RatioConnector");
    }

    public Regex Atom { get; }
    public Regex PrefixHedge { get; }
    public Regex RangePrefix { get; }
    public Regex RangeConnector { get; }
    public Regex ChangeVerb { get; }
    public Regex SuffixPercent { get; }
    public Regex SuffixMultiplier { get; }
    public Regex SuffixHedge { get; }
    public Regex SuffixOrEqual { get; }
    public Regex SuffixBracketOpen { get; }
    public Regex SuffixBracketClose { get; }
    public Regex SuffixTimeOfDay { get; }
    public Regex SuffixAge { get; }
    public Regex SuffixDuration { get; }
    public Regex SuffixReference { get; }
    public Regex SuffixFraction { get; }
    public Regex SuffixMonth { get; }
    public Regex SuffixYear { get; }
    public Regex SuffixCountedNoun { get; }
    public Regex SuffixOneExclusion { get; }
    public Regex PrefixMonth { get; }
    public Regex PrefixYearContext { get; }
    public Regex PrefixReference { get; }
    public Regex PrefixAgeContext { get; }
    public Regex PrefixFraction { get; }
    public Regex PrefixOneExclusion { get; }
    public Regex CompoundConnector { get; }
    public Regex ListConnector { get; }
    public Regex RatioConnector { get; }

    /// <summary>Expands <c>{Name}</c> references recursively; names the piece on error.</summary>
    internal static string Expand(string name)
    {
        if (!Pieces.TryGetValue(name, out var pattern))
            throw new AnalysisKitException($"number pattern piece '{name}' is not defined");
        return Expand(name, pattern, depth: 0);
    }

    private static string Expand(string owner, string pattern, int depth)
    {
        if (depth > 16)
            throw new AnalysisKitException($"number pattern '{owner}' refers to itself");
        var text = new StringBuilder(pattern.Length * 2);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            // A reference is {Letters}; quantifiers like {1,3} start with a digit and \p{L}
            // is a Unicode category.
            var category = i >= 2 && pattern[i - 2] == '\\' && pattern[i - 1] is 'p' or 'P';
            if (c == '{' && !category && i + 1 < pattern.Length && char.IsAsciiLetter(pattern[i + 1]))
            {
                var close = pattern.IndexOf('}', i);
                if (close < 0)
                    throw new AnalysisKitException($"number pattern '{owner}' has an unclosed reference");
                var name = pattern.Substring(i + 1, close - i - 1);
                if (!Pieces.TryGetValue(name, out var piece))
                    throw new AnalysisKitException($"number pattern '{owner}' refers to undefined piece '{name}'");
                text.Append(Expand(name, piece, depth + 1));
                i = close;
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    private static Regex Build(string name, RegexOptions extra = RegexOptions.None)
    {
        try
        {
            return new Regex(Expand(name), Options | extra, Timeout);
        }
        catch (ArgumentException ex)
        {
            throw new AnalysisKitException($"number pattern '{name}' is not a valid regex: {ex.Message}", inner: ex);
        }
    }

    /// <summary>The piece name of a compiled pattern, for error messages.</summary>
    internal string NameOf(string pattern)
    {
        foreach (var (name, _) in Pieces)
            if (string.Equals(Expand(name), pattern, StringComparison.Ordinal))
                return name;
        return "?";
    }
}
