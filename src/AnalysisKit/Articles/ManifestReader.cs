using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace AnalysisKit.Articles;

/// <summary>
/// Reads a corpus manifest: a UTF-8 CSV file with a header row. Columns <c>article</c> and
/// <c>published</c> (<c>yyyy-MM-dd</c>) are required; <c>outlet</c>, <c>title</c>,
/// <c>published_is_estimate</c> (yes/no), <c>notes</c> and <c>url</c> are optional, in any order.
/// </summary>
public static class ManifestReader
{
    private static readonly string[] Required = ["article", "published"];
    private static readonly string[] Known = ["article", "outlet", "title", "published", "published_is_estimate", "notes", "url"];

    /// <summary>
    /// Reads the manifest at <paramref name="path"/>. A missing file, an unknown or missing header
    /// column, a row with the wrong number of fields, a bad date or a repeated article is an
    /// <see cref="AnalysisKitException"/> naming the file and line.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        if (!File.Exists(path))
            throw AnalysisKitException.InFile("manifest not found", path);
        using var reader = new StringReader(Utf8Text.Read(path));
        return Parse(reader, path);
    }

    internal static IReadOnlyList<ManifestEntry> Parse(TextReader reader, string file)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false };
        using var csv = new CsvParser(reader, config);
        // Where the next record starts: an unterminated quote makes the parser read to the end of
        // the file, so its error is reported where the record opened, not past the last line.
        int next = 1;
        try
        {
            if (!csv.Read())
                throw AnalysisKitException.InFile("empty manifest; expected a header row with article,published", file, 1);
            var header = csv.Record!;
            var columns = Header(header, file);
            next = csv.RawRow + 1;
            var entries = new List<ManifestEntry>();
            var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
            while (csv.Read())
            {
                int line = StartLine(csv);
                var record = csv.Record!;
                if (record.Length != header.Length)
                    throw AnalysisKitException.InFile($"expected {header.Length} fields, found {record.Length}", file, line);
                var entry = Row(record, columns, file, line);
                if (firstLine.TryGetValue(entry.Article, out int first))
                    throw AnalysisKitException.InFile($"duplicate article '{entry.Article}' (first on line {first})", file, line);
                firstLine.Add(entry.Article, line);
                entries.Add(entry);
                next = csv.RawRow + 1;
            }
            return entries;
        }
        catch (CsvHelperException e)
        {
            throw AnalysisKitException.InFile($"malformed CSV: {FirstLine(e.Message)}", file, Math.Min(next, csv.RawRow), e);
        }
    }

    private static Dictionary<string, int> Header(string[] header, string file)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            // Other corpora's manifests carry columns of their own (url, language…): they are ignored.
            string name = header[i].Trim().ToLowerInvariant();
            if (!Known.Contains(name)) continue;
            if (!columns.TryAdd(name, i))
                throw AnalysisKitException.InFile($"column '{name}' appears twice", file, 1);
        }
        foreach (string name in Required)
            if (!columns.ContainsKey(name))
                throw AnalysisKitException.InFile($"missing column '{name}' (required: {string.Join(",", Required)})", file, 1);
        return columns;
    }

    private static ManifestEntry Row(string[] record, Dictionary<string, int> columns, string file, int line)
    {
        string Field(string name) => columns.TryGetValue(name, out int i) ? record[i].Trim() : "";

        string article = Field("article");
        if (article.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            article = article[..^4];
        if (article.Length == 0)
            throw AnalysisKitException.InFile("empty article name", file, line);
        if (article.IndexOfAny(['/', '\\']) >= 0)
            throw AnalysisKitException.InFile($"article '{article}' must be a file name, not a path", file, line);

        string published = Field("published");
        // A timestamp ("2025-11-10T08:00:00Z") is a date too: only the day matters to periods.
        if (!DateOnly.TryParseExact(published.Length > 10 && published[10] is 'T' or ' ' ? published[..10] : published,
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw AnalysisKitException.InFile($"published '{published}' is not a date (yyyy-MM-dd)", file, line);

        string estimate = Field("published_is_estimate").ToLowerInvariant();
        bool isEstimate = estimate switch
        {
            "" or "no" or "n" or "false" or "0" => false,
            "yes" or "y" or "true" or "1" => true,
            _ => throw AnalysisKitException.InFile($"published_is_estimate '{estimate}' is not yes or no", file, line),
        };

        string outlet = Field("outlet");
        return new ManifestEntry(article, outlet.Length == 0 ? "unknown" : outlet, Field("title"), date, isEstimate) { Line = line };
    }

    // RawRow is the record's last physical line; a quoted field may span lines before it.
    private static int StartLine(CsvParser csv) =>
        csv.RawRow - csv.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
