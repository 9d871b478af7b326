using System.Globalization;
using AnalysisKit.Recognition;
using CsvHelper;
using CsvHelper.Configuration;

namespace AnalysisKit.Claims;

/// <summary>Reads a gold claims file in the spec's columns (<c>seeds/claims.gold.csv</c>).</summary>
public static class GoldTable
{
    /// <summary>The spec's columns, in the spec's order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "article", "quote", "value_low", "value_high", "qualifier", "metric", "unit",
        "rate", "force", "period_start", "period_end", "source",
    ];

    /// <summary>
    /// Reads every row; a wrong header, a bad value, a low above its high or (when
    /// <paramref name="articles"/> are given) a row for an article not among them names the file and line.
    /// </summary>
    public static IReadOnlyList<Claim> Read(string path, IEnumerable<string>? articles = null)
    {
        if (!File.Exists(path)) throw AnalysisKitException.InFile("gold file not found", path);
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true));
        return Read(reader, path, articles);
    }

    /// <summary>Reads gold rows from any reader; <paramref name="name"/> is used in errors.</summary>
    public static IReadOnlyList<Claim> Read(TextReader text, string name, IEnumerable<string>? articles = null)
    {
        var known = articles?.ToHashSet(StringComparer.Ordinal);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false };
        using var csv = new CsvReader(text, config);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
                throw AnalysisKitException.InFile("empty gold file: expected a header row", name, 1);
            var header = csv.HeaderRecord!;
            var missing = Columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
                throw AnalysisKitException.InFile(
                    $"wrong header: missing column(s) {string.Join(", ", missing)}; expected {string.Join(",", Columns)}", name, 1);

            var claims = new List<Claim>();
            while (csv.Read())
            {
                var claim = ReadRow(csv, name, csv.Parser.RawRow);
                if (known is not null && !known.Contains(claim.Article))
                    throw AnalysisKitException.InFile($"article '{claim.Article}' is not in the corpus (no {claim.Article}.txt)", name, csv.Parser.RawRow);
                claims.Add(claim);
            }
            return claims;
        }
        catch (Exception ex) when (ex is CsvHelperException or System.Text.DecoderFallbackException)
        {
            throw AnalysisKitException.InFile($"unreadable CSV: {ex.Message.Split('\n')[0]}", name, csv.Parser.RawRow, ex);
        }
    }

    private static Claim ReadRow(CsvReader csv, string name, int line)
    {
        string Field(string column) => csv.GetField(column) ?? "";
        T Vocabulary<T>(string column) where T : struct, Enum =>
            SpecNames.Parse<T>(Field(column))
            ?? throw AnalysisKitException.InFile(
                $"{column} '{Field(column)}' is not one of {string.Join(", ", Enum.GetValues<T>().Select(v => v.ToSpec()))}", name, line);
        long? Value(string column)
        {
            var text = Field(column).Trim();
            if (text.Length == 0) return null;
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw AnalysisKitException.InFile($"{column} '{text}' is not a whole number", name, line);
        }
        PeriodPoint? Period(string column)
        {
            var text = Field(column).Trim();
            if (text.Length == 0) return null;
            return PeriodPoint.TryParse(text)
                ?? throw AnalysisKitException.InFile($"{column} '{text}' is not YYYY-MM or YYYY-MM-DD", name, line);
        }

        var article = Field("article").Trim();
        if (article.Length == 0) throw AnalysisKitException.InFile("article is empty", name, line);
        if (Value("value_low") is long low && Value("value_high") is long high && low > high)
            throw AnalysisKitException.InFile($"value_low {low} is greater than value_high {high}", name, line);
        return new Claim
        {
            Article = article,
            Quote = Field("quote"),
            ValueLow = Value("value_low"),
            ValueHigh = Value("value_high"),
            Qualifier = Vocabulary<Qualifier>("qualifier"),
            Metric = Vocabulary<Metric>("metric"),
            Unit = Vocabulary<CountUnit>("unit"),
            Rate = Vocabulary<Rate>("rate"),
            Force = Vocabulary<Force>("force"),
            PeriodStart = Period("period_start"),
            PeriodEnd = Period("period_end"),
            Source = Field("source"),
        };
    }
}
