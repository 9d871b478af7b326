using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

/// <summary>
/// Tables and lists pasted as text (issue 8): each figure cell is a claim whose fields come from its
/// own words, its column header, its row label and the lead line above the table. Every article
/// here is written for the test.
/// </summary>
public class TableReadingTests
{
    private static IReadOnlyList<Claim> Extract(string text) =>
        new ClaimExtractor().Extract(ArticleLoader.FromText(text, new ManifestEntry("a", "Lakeside Herald", "", new DateOnly(2025, 2, 10), false)));

    private static string[] Read(string text) =>
        Extract(text).Select(c => $"{c.ValueLow ?? c.ValueHigh} {c.Metric.ToSpec()} {c.Unit.ToSpec()} {c.Force.ToSpec()} {c.PeriodStart?.ToString() ?? ""}..{c.PeriodEnd?.ToString() ?? ""} {c.Source}").ToArray();

    // Article, every claim as "value metric unit force period source".
    public static TheoryData<string, string[]> Tables => new()
    {
        // A pipe table: years as rows, offences as columns; the totals row spans the years above it.
        { "Absence keeps climbing in the north\n\nThe regional prosecutor's office released its yearly figures on art. 407 and art. 408.\n\n| Year | AWOL | Desertion |\n| --- | --- | --- |\n| 2022 | 1 240 | 310 |\n| 2023 | 4 815 | 702 |\n| Total | 6 055 | 1 012 |\n",
            ["1240 awol persons UA 2022-01..2022-12 Lakeside Herald", "310 desertion persons UA 2022-01..2022-12 Lakeside Herald",
             "4815 awol persons UA 2023-01..2023-12 Lakeside Herald", "702 desertion persons UA 2023-01..2023-12 Lakeside Herald",
             "6055 awol persons UA 2022-01..2023-12 Lakeside Herald", "1012 desertion persons UA 2022-01..2023-12 Lakeside Herald"] },
        // A bullet list under a lead that says what is counted: cases under art. 407 by year.
        { "Courts in the capital region\n\nCases opened under art. 407, by year:\n• 2022 – 3 415\n• 2023 – 9 870\n• 2024 – 14 205\n",
            ["3415 awol cases UA 2022-01..2022-12 Lakeside Herald", "9870 awol cases UA 2023-01..2023-12 Lakeside Herald", "14205 awol cases UA 2024-01..2024-12 Lakeside Herald"] },
        // Offences as row labels; the lead counts convicted persons, which outranks the offence (spec); a totals row too.
        { "Verdicts for leaving a unit\n\nPersons convicted by garrison courts in 2024, by offence (data of the Judicial Department):\n- Unauthorised leaving of a unit: 6 410\n- Desertion: 388\n- Refusal to obey an order: 517\n- Total: 7 315\n\nMost were given suspended terms.\n",
            ["6410 convictions persons RU 2024-01..2024-12 Judicial Department", "388 convictions persons RU 2024-01..2024-12 Judicial Department",
             "517 convictions persons RU 2024-01..2024-12 Judicial Department", "7315 convictions persons RU 2024-01..2024-12 Judicial Department"] },
        // Space-aligned columns: months as rows take the lead's year; the percent column is no claim.
        { "Monthly absence figures\n\nNew proceedings for unauthorised absence registered by the State Bureau of Investigation in 2024:\nMonth      Proceedings   Share of total\nJanuary    4 120         8%\nFebruary   4 630         9%\n",
            ["4120 awol cases UA 2024-01..2024-01 State Bureau of Investigation", "4630 awol cases UA 2024-02..2024-02 State Bureau of Investigation"] },
        // Rows of figures joined by dashes under a header: half-years as rows, cases and convicted as columns.
        { "Desertion by half-year\n\nDesertion cases against Russian servicemen, according to the Mediazona count of court cards:\nPeriod — Cases — Convicted\nJan–Jun 2023 — 1 210 — 840\nJul–Dec 2023 — 1 980 — 1 305\n",
            ["1210 desertion cases RU 2023-01..2023-06 Mediazona", "840 convictions persons RU 2023-01..2023-06 Mediazona",
             "1980 desertion cases RU 2023-07..2023-12 Mediazona", "1305 convictions persons RU 2023-07..2023-12 Mediazona"] },
        // A numbered list of quarters: returns of persons, the quarters of the lead's year, the source in its caption.
        { "The numbers behind the amnesty\n\nServicemen who came back to their units under the return procedure, by quarter of 2024 (Ministry of Defence):\n1. Q1: 2 310\n2. Q2: 3 045\n",
            ["2310 amnesty_returns persons UA 2024-01..2024-03 Ministry of Defence", "3045 amnesty_returns persons UA 2024-04..2024-06 Ministry of Defence"] },
        // Tab-separated columns: offence rows, and a total of both offences is awol_or_desertion (spec).
        { "Absence and desertion in 2024\n\nCases registered by the Office of the Prosecutor General in 2024, by offence:\nOffence\tCases\nUnauthorised absence (art. 407)\t58 230\nDesertion (art. 408)\t9 115\nTotal\t67 345\n",
            ["58230 awol cases UA 2024-01..2024-12 Office of the Prosecutor General", "9115 desertion cases UA 2024-01..2024-12 Office of the Prosecutor General",
             "67345 awol_or_desertion cases UA 2024-01..2024-12 Office of the Prosecutor General"] },
        // Months as rows, years as columns: each cell is its month of its column's year; a "most read" list with views is furniture.
        { "Absence cases by month across the Western Command:\nMonth | 2023 | 2024\nJanuary | 1 120 | 2 045\nFebruary | 1 310 | 2 230\n\nMost read\n1. Ferry timetable changes — 12 403 views\n2. Heating prices rise again — 9 877 views\n",
            ["1120 awol cases UA 2023-01..2023-01 Lakeside Herald", "2045 awol cases UA 2024-01..2024-01 Lakeside Herald",
             "1310 awol cases UA 2023-02..2023-02 Lakeside Herald", "2230 awol cases UA 2024-02..2024-02 Lakeside Herald"] },
        // Two figures in one cell: each its own words; two lists in a row: the second's lead is its own line, not the first list.
        { "Garrison court caseload\n\nCases received by garrison courts in the Volga district, by year:\n- 2023: 1 410 absence cases, 265 desertion cases\n- 2024: 2 980 absence cases, 402 desertion cases\n\nConvictions handed down, by year:\n- 2023: 1 120\n- 2024: 2 310\n",
            ["1410 awol cases RU 2023-01..2023-12 Lakeside Herald", "265 desertion cases RU 2023-01..2023-12 Lakeside Herald",
             "2980 awol cases RU 2024-01..2024-12 Lakeside Herald", "402 desertion cases RU 2024-01..2024-12 Lakeside Herald",
             "1120 convictions cases RU 2023-01..2023-12 Lakeside Herald", "2310 convictions cases RU 2024-01..2024-12 Lakeside Herald"] },
        // A loose bullet list (a blank line between items) of months without a year takes the lead's year.
        { "Returns under the procedure\n\nSoldiers who returned to service, by month of 2024:\n\n• January – 1 850\n\n• February – 2 240\n",
            ["1850 amnesty_returns persons UA 2024-01..2024-01 Lakeside Herald", "2240 amnesty_returns persons UA 2024-02..2024-02 Lakeside Herald"] },
        // A labelled comparison in the cell dates its own figure; the row label (a region) is no period.
        { "Absence per region\n\nCases of unauthorised absence opened in 2024:\n- Kharkiv region: 3 410 (2023: 1 950)\n- Odesa region: 2 180 (2023: 1 040)\n",
            ["3410 awol cases UA 2024-01..2024-12 Lakeside Herald", "1950 awol cases UA 2023-01..2023-12 Lakeside Herald",
             "2180 awol cases UA 2024-01..2024-12 Lakeside Herald", "1040 awol cases UA 2023-01..2023-12 Lakeside Herald"] },
        // A list of read counts after a paragraph that does count deserters is still furniture.
        { "The Eastern Monitor counted 1 640 soldiers who had deserted from Russian units since the spring.\n\nPopular this week:\n- Storm warning for the coast: 8 450 reads\n- New bakery opens downtown: 3 120 reads\n",
            ["1640 desertion persons RU 2024-03..2025-02 Eastern Monitor"] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_cell_of_a_table_takes_its_fields_from_its_headers_and_lead(string text, string[] expected) =>
        Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Cases opened under art. 407, by year:\n• 2022 – 3 415\n• 2023 – 9 870\n", 9870, "2023 – 9 870")]
    [InlineData("Absence cases by year:\n| Year | Cases |\n| 2022 | 1 240 |\n| 2023 | 4 815 |\n", 4815, "2023 | 4 815")]
    [InlineData("Desertion cases, by half-year:\nJan–Jun 2023 — 1 210 — 840\nJul–Dec 2023 — 1 980 — 1 305\n", 840, "Jan–Jun 2023 — 1 210 — 840")]
    [InlineData("Cases by year:\n- 2023: 1 410 absence cases, 265 desertion cases\n- 2024: 2 980 absence cases, 402 desertion cases\n", 1410, "2023: 1 410 absence cases")]
    public void A_cell_is_quoted_as_its_row_up_to_the_figure_an_exact_substring(string text, long value, string quote)
    {
        var claim = Extract(text).Single(c => c.ValueLow == value);
        Assert.Equal(quote, claim.Quote);
        Assert.Equal(quote, text.Substring(claim.QuoteStart!.Value, claim.Quote.Length));
    }

    [Fact]
    public void A_line_of_prose_with_a_colon_is_no_table_row()
    {
        // One "label: figure" line is prose, and a slash row belongs to the slot reading.
        var claims = Extract("The record month was May: 3 410 absence cases, the bureau said.\nBy quarter (absence / desertion):\nQ1 — 8 220 / 1 115\nQ2 — 9 940 / 1 602\n");
        Assert.Contains(claims, c => c.ValueLow == 3410 && c.Metric == Metric.Awol);
        Assert.Contains(claims, c => c.ValueLow == 1115 && c.Metric == Metric.Desertion);
    }
}
