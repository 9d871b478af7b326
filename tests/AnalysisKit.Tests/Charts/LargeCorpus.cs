using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Interactive;
using AnalysisKit.Recognition;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// A generated corpus far larger than a report chart can show: 600 articles from 15 sources over
/// three years, thousands of single-month figures, cumulative totals in four bases and hundreds of
/// amnesty counts, every figure different. Built from claims, not text, so it costs no extraction.
/// </summary>
internal static class LargeCorpus
{
    public const int ArticleCount = 600;

    private static readonly string[] Sources = Enumerable.Range(1, 15).Select(i => $"Regional outlet number {i}").ToArray();

    public static Lazy<Analysis> Analysis { get; } = new(() => Build());

    private static Analysis Build()
    {
        var random = new Random(11);
        var claims = new List<Claim>();
        var articles = new List<Article>();
        for (var a = 0; a < ArticleCount; a++)
        {
            var id = $"big{a:000}";
            var end = new PeriodPoint(2023, 1).AddMonths(a % 34);
            var published = new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(3);
            var source = Sources[a % Sources.Length];
            articles.Add(ArticleLoader.FromText($"Article {a} on absence figures.", new ManifestEntry(id, source, $"Report {a}", published, false)));
            Claim Dated(Claim c) => c with { Article = id, Published = published, Source = source };
            for (var k = 0; k < 6; k++)
            {
                var month = end.AddMonths(-k).ToString();
                var value = 1_000 + random.Next(9_000);
                claims.Add(Dated(Total(value, value, month, month, unit: k % 2 == 0 ? CountUnit.Persons : CountUnit.Cases)));
            }
            foreach (var (metric, unit) in new[] { (Metric.Awol, CountUnit.Persons), (Metric.Awol, CountUnit.Cases), (Metric.Desertion, CountUnit.Persons), (Metric.Desertion, CountUnit.Cases) })
            {
                var low = 50_000 + random.Next(400_000);
                claims.Add(Dated(Total(low, low + random.Next(2) * 20_000, "2022-02", end.ToString(), metric, unit)));
            }
            if (a % 2 == 0)
                claims.Add(Dated(Returns(5_000 + random.Next(20_000), null, end.ToString(), source)));
        }
        return AnalysisKit.Interactive.Analysis.FromClaims(claims) with { Articles = articles };
    }
}
