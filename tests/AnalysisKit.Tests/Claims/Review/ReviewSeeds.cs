using System.Text;
using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Tests.Claims.Review;

/// <summary>
/// The seeds copied to a temp folder (a review file is written beside the articles), and the
/// review every test of the stage starts from: reject one claim, correct another's metric and
/// period, add one the extractor does not read. Targets are found by value, not by the
/// extractor's exact phrase, so a rule change elsewhere does not break them.
/// </summary>
internal sealed class ReviewSeeds : IDisposable
{
    public const string Rejected = "001_a630a9649aa4309c";
    public const string AddedArticle = "003_2f42aa1f686b2988";
    public const string AddedQuote = "400,000 to be reached by the end of the year";

    public string Folder { get; } = Directory.CreateTempSubdirectory("analysiskit-review-").FullName;

    public ReviewSeeds()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Seeds).Where(f => f.EndsWith(".txt") || f.EndsWith("manifest.csv")))
            File.Copy(file, System.IO.Path.Combine(Folder, System.IO.Path.GetFileName(file)));
        Articles = ArticleLoader.LoadFolder(Folder);
        Claims = new ClaimExtractor().Extract(Articles);
        RejectedClaim = Claims.First(c => c.Article == Rejected && c.Metric == AnalysisKit.Recognition.Metric.Defections);
        CorrectedClaim = Claims.First(c => c.Article == Rejected && c.ValueLow == 17000);
    }

    public IReadOnlyList<Article> Articles { get; }
    public IReadOnlyList<Claim> Claims { get; }
    public Claim RejectedClaim { get; }
    public Claim CorrectedClaim { get; }

    public string ReviewPath => System.IO.Path.Combine(Folder, "review.csv");

    /// <summary>The review as a file's text: header, then the three decisions.</summary>
    public string ReviewText() => Csv(
        Row("reject", RejectedClaim.Article, RejectedClaim.Quote, note: "a count of defections to the enemy, not of this war's desertions"),
        Row("correct", CorrectedClaim.Article, CorrectedClaim.Quote, metric: "desertion", periodStart: "2025-08", periodEnd: "2025-08", note: "the ministry files it as desertion"),
        Row("add", AddedArticle, AddedQuote, low: "400000", high: "400000", qualifier: "exact", metric: "desertion", unit: "cases", rate: "total",
            force: "UA", periodStart: "2022-02", periodEnd: "2025-12", source: "Ihor Lutsenko", note: "a projection the extractor misses"));

    public const string Header = "article,quote,action,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source,note";

    public static string Csv(params string[] rows) => string.Join("\r\n", rows.Prepend(Header)) + "\r\n";

    public static string Row(string action, string article, string quote, string low = "", string high = "", string qualifier = "",
        string metric = "", string unit = "", string rate = "", string force = "", string periodStart = "", string periodEnd = "",
        string source = "", string note = "") =>
        string.Join(",", new[] { article, quote, action, low, high, qualifier, metric, unit, rate, force, periodStart, periodEnd, source, note }.Select(Quoted));

    private static string Quoted(string field) => field.IndexOfAny([',', '"', '\n']) >= 0 ? $"\"{field.Replace("\"", "\"\"")}\"" : field;

    public string Write(string text)
    {
        File.WriteAllText(ReviewPath, text, new UTF8Encoding(false));
        return ReviewPath;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
