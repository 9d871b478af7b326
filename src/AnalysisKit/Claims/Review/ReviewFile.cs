using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace AnalysisKit.Claims.Review;

/// <summary>
/// The review file (<c>review.csv</c> beside the articles): one decision per row, keyed by
/// article and quote. A <c>correct</c> row fills only the columns it changes; an <c>add</c> row
/// states the whole claim. See docs/claims.md, "Review file".
/// </summary>
public static class ReviewFile
{
    /// <summary>The file name looked for beside the articles.</summary>
    public const string DefaultName = "review.csv";

    /// <summary>What the kit read, written by the template for the analyst to read; ignored on reading.</summary>
    public const string ExtractedColumn = "extracted";

    /// <summary>Every column, in the template's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["article", "quote", "action", .. ClaimColumns.Names, "note", ExtractedColumn];

    private static readonly string[] Required = ["article", "quote", "action"];

    // An added claim must be complete: the spec's columns, periods aside (they may be unknown).
    private static readonly string[] RequiredToAdd = ["qualifier", "metric", "unit", "rate", "force", "source"];

    // Reading takes any line end (an editor may write \n); a row may stop after its last filled column.
    private static readonly CsvConfiguration ReadConfig = new(CultureInfo.InvariantCulture)
    {
        DetectDelimiter = false,
        MissingFieldFound = null,
    };

    private static readonly CsvConfiguration WriteConfig = new(CultureInfo.InvariantCulture)
    {
        // RFC 4180 line ends, as in the gold files.
        NewLine = "\r\n",
        // Quotes must stay exact substrings of the article.
        InjectionOptions = InjectionOptions.None,
    };

    /// <summary>The review file of an articles folder: <c>review.csv</c> in it.</summary>
    public static string PathIn(string articlesDir) => System.IO.Path.Combine(articlesDir, DefaultName);

    /// <summary>Reads and checks every row; a bad header, value or duplicate names the file and line.</summary>
    public static IReadOnlyList<ReviewRow> Read(string path)
    {
        if (!File.Exists(path)) throw new AnalysisKitException("review file not found", path);
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        return Read(reader, path);
    }

    /// <summary>Reads review rows from any reader; <paramref name="name"/> is used in errors.</summary>
    public static IReadOnlyList<ReviewRow> Read(TextReader text, string name)
    {
        using var csv = new CsvReader(text, ReadConfig);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
                throw new AnalysisKitException("empty review file: expected a header row", name, 1);
            var header = csv.HeaderRecord!.Select(h => h.Trim()).ToArray();
            foreach (var column in header.Where(h => !Columns.Contains(h, StringComparer.Ordinal)))
                throw new AnalysisKitException($"unknown column '{column}'; the columns are {string.Join(",", Columns)}", name, 1);
            if (header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
                throw new AnalysisKitException($"column '{twice.Key}' appears twice", name, 1);
            var missing = Required.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
                throw new AnalysisKitException($"missing column(s) {string.Join(", ", missing)}", name, 1);

            var rows = new List<ReviewRow>();
            var seen = new Dictionary<(string, string), int>();
            while (csv.Read())
            {
                var row = ReadRow(csv, header, name, csv.Parser.RawRow);
                if (row is null) continue;
                if (seen.TryGetValue((row.Article, row.Quote), out var first))
                    throw new AnalysisKitException($"two rows for one claim: line {first} has the same article and quote", name, row.Line);
                seen[(row.Article, row.Quote)] = row.Line;
                rows.Add(row);
            }
            return rows;
        }
        catch (Exception ex) when (ex is CsvHelperException or DecoderFallbackException)
        {
            throw new AnalysisKitException($"unreadable CSV: {ex.Message.Split('\n')[0]}", name, csv.Parser.RawRow, ex);
        }
    }

    private static ReviewRow? ReadRow(CsvReader csv, string[] header, string name, int line)
    {
        string Field(string column) => header.Contains(column, StringComparer.Ordinal) ? csv.GetField(column) ?? "" : "";
        // A spreadsheet's blank line between groups of rows is not a decision.
        if (header.All(h => Field(h).Trim().Length == 0)) return null;

        var actionText = Field("action").Trim();
        var action = Enum.GetValues<ReviewAction>().Cast<ReviewAction?>()
            .FirstOrDefault(a => string.Equals(a.ToString(), actionText, StringComparison.OrdinalIgnoreCase))
            ?? throw new AnalysisKitException($"action '{actionText}' is not one of confirm, correct, reject, add", name, line);
        var article = Field("article").Trim();
        if (article.Length == 0) throw new AnalysisKitException("article is empty", name, line);
        // The quote is kept as written: it is matched exactly against the article.
        var quote = Field("quote");
        if (quote.Trim().Length == 0) throw new AnalysisKitException("quote is empty", name, line);

        var values = new List<ReviewValue>();
        foreach (var column in ClaimColumns.Names)
        {
            var text = Field(column).Trim();
            if (text.Length == 0) continue;
            if (ClaimColumns.Problem(column, text) is { } problem) throw new AnalysisKitException(problem, name, line);
            values.Add(new ReviewValue(column, text));
        }

        var filled = values.Select(v => v.Column).ToHashSet();
        switch (action)
        {
            case ReviewAction.Confirm or ReviewAction.Reject when values.Count > 0:
                throw new AnalysisKitException(
                    $"a {actionText.ToLowerInvariant()} row changes no column, but {string.Join(", ", filled)} is filled; make it a correct row", name, line);
            case ReviewAction.Correct when values.Count == 0:
                throw new AnalysisKitException("a correct row must fill the column(s) it changes", name, line);
            case ReviewAction.Add:
                var lacking = RequiredToAdd.Where(c => !filled.Contains(c)).ToList();
                if (!filled.Contains("value_low") && !filled.Contains("value_high")) lacking.Insert(0, "value_low or value_high");
                if (lacking.Count > 0)
                    throw new AnalysisKitException($"an add row states the whole claim; missing {string.Join(", ", lacking)}", name, line);
                break;
        }
        return new ReviewRow { Line = line, Action = action, Article = article, Quote = quote, Values = values, Note = Field("note").Trim() };
    }

    /// <summary>
    /// A review file to edit: every claim as a <c>confirm</c> row (one per article and quote),
    /// sorted by article and position, with what the kit read in the <c>extracted</c> column.
    /// </summary>
    public static string Template(IEnumerable<Claim> claims)
    {
        var rows = claims
            .OrderBy(c => c.Article, StringComparer.Ordinal).ThenBy(c => c.QuoteStart ?? int.MaxValue)
            .DistinctBy(c => (c.Article, c.Quote));
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, WriteConfig))
        {
            foreach (var column in Columns) csv.WriteField(column);
            csv.NextRecord();
            foreach (var claim in rows)
            {
                foreach (var column in Columns)
                    csv.WriteField(column switch
                    {
                        "article" => claim.Article,
                        "quote" => claim.Quote,
                        "action" => "confirm",
                        ExtractedColumn => Summary(claim),
                        _ => "",
                    });
                csv.NextRecord();
            }
        }
        return writer.ToString();
    }

    /// <summary>A claim's columns on one line, in the spec's order: <c>value_low=21000 value_high= qualifier=over …</c>.</summary>
    public static string Summary(Claim claim) =>
        string.Join(" ", ClaimColumns.Names.Select(column => $"{column}={ClaimColumns.Get(claim, column)}"));
}
