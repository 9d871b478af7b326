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
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

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
        // A spaced group never starts with 0 and is never followed by a group of one or two
        // digits: "0 800 307 800", "22 123 45 67" are phone numbers, not one figure.
        ["SpaceGroups"] = @"(?!0)\d{1,3}(?:{GroupSep}\d{3}){1,6}(?!\d)(?!,\d)(?!{GroupSep}\d{1,2}(?!\d))",
        ["PlainDigits"] = @"\d{1,28}",
        ["DecimalPart"] = @"\.\d{1,12}(?!\d)",
        // "1,5 million": a decimal comma is only read as such before a scale word.
        ["EuroDecimal"] = @"\d{1,3},\d{1,2}(?={S}(?:thousand|million|billion|trillion|mln|bn|bln)\b)",
        // ".08": a decimal without its leading zero, not after a word ("No.5") or a number.
        ["LeadingDecimal"] = @"(?<![\p{L}\d.,])\.\d{1,12}(?!\d)",
        ["Unsigned"] = @"(?:(?<euro>{EuroDecimal})|{LeadingDecimal}|(?:{CommaGroups}|{SpaceGroups}|{PlainDigits})(?:{DecimalPart})?)",
        ["ScaleWord"] = @"(?:hundred|thousand|million|billion|trillion)",
        // "2.35 million", "10k", "1.2m", "1.5bn"; a spaced single letter is a unit ("10 m").
        ["DigitScale"] = @"(?:{S}(?<scale>{ScaleWord}|dozen)s?\b|\s?(?<scale>bn|bln|mln|mn|tn|k)\b|(?<scale>m|b)\b)",
        // A minus sign, not a dash: not after a number ("300 - 500") nor inside a word.
        ["Sign"] = @"(?<neg>(?<![\p{L}\d.,)\]%])(?<![\d%]\s{1,2})[-\u2212](?=\d))",
        // "180.25ml", "1,234ml": a figure glued to a unit is dropped whole, never cut short; a
        // figure glued to a joining word is a missing space ("totalled 48 210and under ...").
        ["GluedJoiner"] = @"(?-i:and|or|in|under|against|of|for)\b",
        ["DigitNumber"] = @"{Sign}?{DigitGuard}(?<digits>{Unsigned})(?:{DigitScale})?(?!(?!{GluedJoiner})[\p{L}\d])(?![.,]\d)",

        ["IsoDate"] = @"(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:3[01]|[12]\d|0?[1-9])(?!\d)",
        ["NumericDate"] = @"(?:3[01]|[12]\d|0?[1-9])(?<dsep>[./])(?:3[01]|[12]\d|0?[1-9])\k<dsep>(?:(?:19|20)\d\d|\d\d)(?![\d\p{L}])",
        ["YearMonth"] = @"(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d\p{L}-])",
        // Phone numbers, IP addresses, versions: three or more groups with one separator.
        ["Identifier"] = @"\+?\d{1,6}(?<isep>[-./])\d{1,6}(?:\k<isep>\d{1,6}){1,6}(?!\d)",
        // "+48 22 123 45 67", "0 800 307 800": a phone number written with spaces.
        ["SpacedPhone"] = @"(?:\+\d{1,3}(?:{GroupSep}\d{1,4}){2,6}|0\d{0,3}(?:{GroupSep}\d{2,4}){2,6})(?![\d\p{L}])",
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
        // "a million", "half a million", "a quarter of a million", "a dozen"; a bare "thousand"
        // or "hundreds" is vague.
        ["FractionLead"] = @"(?:half|(?:a|one){S}(?:quarter|third)|(?:two|three){S}(?:quarters|thirds)){S}(?:of{S})?",
        ["Lead"] = @"(?:(?:{FractionLead})?a{S}(?=(?:{ScaleWord}|dozen)\b))",
        ["HalfTail"] = @"{S}and{S}a{S}half\b",
        // "and" joins only after a scale word ("one hundred and twenty"), so "between one
        // and two" stays two numbers.
        ["CardinalRun"] = @"(?:(?:negative|minus){S})?(?:{Lead}(?:{ScaleWord}|dozen)\b|{CardinalWord}\b)(?:(?:{Hyphen}|{S}|(?<=(?:hundred|thousand|million|billion|trillion)){S}and{S}){WordToken}|{HalfTail}){0,16}",
        ["OrdinalUnit"] = @"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)",
        ["OrdinalOther"] = @"(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|thousandth|millionth|billionth)",
        ["OrdinalWord"] = @"(?:(?:{Tens}(?:{Hyphen}|{S}))?{OrdinalUnit}|{OrdinalOther})(?!\p{L})",
        ["MultiplierWord"] = @"(?:(?:{CardinalWord}|{ScaleWord}){S0}-?{S0}fold|twice|thrice|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|quadrupl(?:e[sd]?|ing))(?!\p{L})",

        // ---- between two figures ----------------------------------------------------------
        ["RangeConnector"] = @"^(?<pct>{S0}(?:%|per{S0}cent|percent))?(?:{S0}{Dash}{S0}|{S}(?:to|through|thru|till|until|up{S}to|(?<and>and)){S})(?:the{S})?$",

        // ---- suffixes (anchored at the end of the figure) ----------------------------------
        // A suffix like "or more" belongs to the next figure when one follows ("200 or more
        // than 190", "twenty and less or equal than thirty").
        ["NumberAhead"] = @"(?:{S}(?:than|or|equal|to|of)\b){0,4}{S}(?:[-\u2212]?\d|{CardinalWord}\b|a{S}(?:{ScaleWord}|dozen)\b)",
        ["SuffixPercent"] = @"\G{S0}(?:%|per{S0}cent(?:age{S}points?)?\b|percent(?:age{S}points?)?\b|percentage{S}points?\b|pct\b|p\.p\.|pp\b)",
        ["SuffixMultiplier"] = @"\G(?:{S0}-?{S0}fold\b|{S}times\b)",
        ["SuffixOver"] = @"\G(?:{S0}\+(?![\d\p{L}])|(?:-|{S})plus\b|{S}(?:or|and){S}(?:more|greater|higher|larger|bigger|above|over|upwards?|up)\b(?:{S}than\b)?|{S}at{S}least\b)(?!{NumberAhead})",
        ["SuffixUnder"] = @"\G(?:{S}(?:or|and){S}(?:less|fewer|lower|smaller|below|under)\b(?:{S}than\b)?|{S}at{S}most\b)(?!{NumberAhead})",
        ["SuffixApprox"] = @"\G(?:{S}or{S}so\b|(?:-|{S})odd\b|{S}or{S}thereabouts\b)(?!{NumberAhead})",
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
        // "12.400 servicemen": people and cases come whole, so a dot before three digits there separates thousands.
        ["SuffixWholeNoun"] = @"\G(?:{S}(?:more|additional|new|other|(?-i:\p{Lu})\p{L}{1,20}))?{S}(?:people|persons|individuals|soldiers|troops|servicem[ae]n|servicewomen|service{S}members|personnel|men|fighters|deserters|conscripts|recruits|volunteers|officers|prisoners|cases|proceedings|crimes|offen[cs]es|desertions|absences|verdicts|convictions|sentences)\b",
        // "17,000 hryvnias", "5 million rubles", "2 million RUB": a sum of money.
        ["SuffixCurrency"] = @"\G{S}(?:(?:US|U\.S\.){S})?(?:dollars?|euros?|rubles?|roubles?|hryvnias?|hryvnyas?|hryvnas?|hryvni|pounds?|bucks|(?-i:UAH|USD|EUR|RUB|GBP|PLN|CHF))\b",
        // "40 km", "12 tonnes", "3.5 litres", "600 hectares": a measured quantity, not a count.
        ["SuffixQuantity"] = @"\G{S0}(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|cm|mm|square{S}(?:km|kilomet(?:er|re)s|miles|met(?:er|re)s)|sq{S}km|hectares?|tonnes?|tons?|kg|kilograms?|grams?|lbs?|litres?|liters?|gallons?|barrels?|MW|GW|kW|kWh|MWh|mph|km/h|°C?|degrees?)(?![\p{L}\d])",
        // "lowered to 25 from 27": the second figure shares the first one's kind.
        ["ChangePairConnector"] = @"^{S}(?:from|to){S}$",
        ["SuffixOneExclusion"] = @"\G{S}(?:another|by{S}one)\b",

        ["CompoundConnector"] = @"^{S0}(?:,{S0})?(?:(?:and|but|yet|while){S0})?$",
        // "2 in 5", "one in four": a ratio, not two counts.
        ["RatioConnector"] = @"^{S}(?:in|out{S}of){S}$",
        ["ListConnector"] = @"^{S0}(?:,|&|and|or)(?:{S}(?:and|or))?{S0}$",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly List<(string Name, Regex Regex)> all = [];

    public NumberPatterns()
    {
        // Atoms, each tried only where it can start (see NumberExtractor).
        DateHere = Here("{DigitGuard}", "IsoDate", "NumericDate", "YearMonth");
        SkipHere = Here("{DigitGuard}", "Identifier", "SpacedPhone", "Time");
        FractionHere = Here("{DigitGuard}", "DigitFraction");
        DigitOrdinalHere = Here("{DigitGuard}", "DigitOrdinal");
        DecadeHere = Here("{DigitGuard}", "Decade");
        DigitFoldHere = Here("{DigitGuard}", "DigitFold");
        DigitNumberHere = Here("", "DigitNumber");
        OrdinalWordHere = Here("", "OrdinalWord");
        MultiplierWordHere = Here("", "MultiplierWord");
        CardinalRunHere = Here("", "CardinalRun");

        RangeConnector = Build("RangeConnector");
        SuffixPercent = new(Build("SuffixPercent"), first: "%p", afterSpace: "%", words: ["pe", "pc", "pp", "p."]);
        SuffixMultiplier = new(Build("SuffixMultiplier"), first: "-f", afterSpace: "-", words: ["fo", "ti"]);
        SuffixOver = new(Build("SuffixOver"), first: "+-", afterSpace: "+", words: ["pl", "or", "an", "at"]);
        SuffixUnder = new(Build("SuffixUnder"), first: "", afterSpace: "", words: ["or", "an", "at"]);
        SuffixApprox = new(Build("SuffixApprox"), first: "-", afterSpace: "", words: ["or", "od"]);
        SuffixOrEqual = new(Build("SuffixOrEqual"), first: "", afterSpace: "", words: ["or"]);
        SuffixBracketOpen = new(Build("SuffixBracketOpen"), first: "(", afterSpace: "(");
        SuffixBracketClose = new(Build("SuffixBracketClose"), first: ")", afterSpace: ")");
        SuffixTimeOfDay = new(Build("SuffixTimeOfDay"), first: "apo", afterSpace: "", words: ["a.", "am", "p.", "pm", "o'"]);
        SuffixAge = new(Build("SuffixAge"), first: "-", afterSpace: "-", words: ["ye", "yr", "mo", "we", "da"]);
        SuffixDuration = new(Build("SuffixDuration"), first: "-", afterSpace: "-", words: ["ye", "yr", "mo", "we", "da", "ho", "hr", "mi", "se", "de", "ce", "fo", "ni"]);
        SuffixReference = new(Build("SuffixReference"), first: "-", afterSpace: "-", words: ["po"]);
        SuffixFraction = new(Build("SuffixFraction"), first: "-", afterSpace: "-", words: ["ha", "th", "qu", "fo", "fi", "si", "se", "ei", "ni", "te", "hu"]);
        SuffixMonth = new(Build("SuffixMonth"), first: "sndrt", afterSpace: "", words: ["of", "ja", "fe", "ma", "ap", "ju", "au", "se", "oc", "no", "de"]);
        SuffixYear = new(Build("SuffixYear"), first: ",", afterSpace: "12");
        SuffixCountedNoun = new(Build("SuffixCountedNoun"), first: "", afterSpace: "", anyLetterAfterSpace: true);
        SuffixWholeNoun = new(Build("SuffixWholeNoun"), first: "", afterSpace: "", anyLetterAfterSpace: true);
        SuffixOneExclusion = new(Build("SuffixOneExclusion"), first: "", afterSpace: "", words: ["an", "by"]);
        SuffixQuantity = new(Build("SuffixQuantity"), first: "kmcsthglbwpd°", afterSpace: "kmcsthglbwpd°");
        SuffixCurrency = new(Build("SuffixCurrency"), first: "", afterSpace: "", words: ["us", "u.", "do", "eu", "ru", "ro", "hr", "po", "bu", "ua", "gb", "pl", "ch"]);
        ChangePairConnector = Build("ChangePairConnector");
        CompoundConnector = Build("CompoundConnector");
        ListConnector = Build("ListConnector");
        RatioConnector = Build("RatioConnector");
    }

    public Regex DateHere { get; }
    public Regex SkipHere { get; }
    public Regex FractionHere { get; }
    public Regex DigitOrdinalHere { get; }
    public Regex DecadeHere { get; }
    public Regex DigitFoldHere { get; }
    public Regex DigitNumberHere { get; }
    public Regex OrdinalWordHere { get; }
    public Regex MultiplierWordHere { get; }
    public Regex CardinalRunHere { get; }
    public Regex RangeConnector { get; }
    public NumberSuffix SuffixPercent { get; }
    public NumberSuffix SuffixMultiplier { get; }
    public NumberSuffix SuffixOver { get; }
    public NumberSuffix SuffixUnder { get; }
    public NumberSuffix SuffixApprox { get; }
    public NumberSuffix SuffixOrEqual { get; }
    public NumberSuffix SuffixBracketOpen { get; }
    public NumberSuffix SuffixBracketClose { get; }
    public NumberSuffix SuffixTimeOfDay { get; }
    public NumberSuffix SuffixAge { get; }
    public NumberSuffix SuffixDuration { get; }
    public NumberSuffix SuffixReference { get; }
    public NumberSuffix SuffixFraction { get; }
    public NumberSuffix SuffixMonth { get; }
    public NumberSuffix SuffixYear { get; }
    public NumberSuffix SuffixCountedNoun { get; }
    public NumberSuffix SuffixWholeNoun { get; }
    public NumberSuffix SuffixOneExclusion { get; }
    public NumberSuffix SuffixCurrency { get; }
    public NumberSuffix SuffixQuantity { get; }
    public Regex ChangePairConnector { get; }
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

    /// <summary>
    /// Pieces anchored at the start position (\G) after an optional guard, so one attempt
    /// decides; the first piece that matches wins.
    /// </summary>
    private Regex Here(string guard, params string[] names) =>
        Compile(string.Join("|", names),
            @"\G" + (guard.Length == 0 ? "" : Expand("guard", guard, 0)) + "(?:" + string.Join("|", names.Select(Expand)) + ")");

    private Regex Build(string name) => Compile(name, Expand(name));

    private Regex Compile(string name, string pattern)
    {
        try
        {
            var regex = new Regex(pattern, Options, Timeout);
            all.Add((name, regex));
            return regex;
        }
        catch (ArgumentException ex)
        {
            throw new AnalysisKitException($"number pattern '{name}' is not a valid regex: {ex.Message}", inner: ex);
        }
    }

    /// <summary>The piece name of a compiled pattern, for error messages.</summary>
    internal string NameOf(string pattern) =>
        all.FirstOrDefault(entry => entry.Regex.ToString() == pattern).Name ?? "?";

    /// <summary>Length of the match of an anchored pattern at <paramref name="position"/>, or -1.</summary>
    internal static int MatchAt(Regex anchored, string text, int position)
    {
        foreach (var match in anchored.EnumerateMatches(text.AsSpan(), position))
            return match.Index == position ? match.Length : -1;
        return -1;
    }
}
