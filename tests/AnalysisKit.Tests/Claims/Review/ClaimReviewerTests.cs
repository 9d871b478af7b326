using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Claims;
using AnalysisKit.Claims.Review;
using AnalysisKit.Interactive;
using AnalysisKit.Recognition;
using static AnalysisKit.Tests.Claims.Review.ReviewSeeds;

namespace AnalysisKit.Tests.Claims.Review;

public class ClaimReviewerTests
{
    private static ReviewResult Apply(ReviewSeeds seeds, string text, IReadOnlyList<Claim>? claims = null) =>
        ClaimReviewer.Apply(claims ?? seeds.Claims, ReviewFile.Read(new StringReader(text), "review.csv"), seeds.Articles, "review.csv");

    [Fact]
    public void Rejecting_correcting_and_adding_change_exactly_those_claims()
    {
        using var seeds = new ReviewSeeds();
        var result = Apply(seeds, seeds.ReviewText());

        var corrected = Assert.Single(result.Claims, c => c.Review.Status == ReviewStatus.Corrected);
        Assert.Equal(seeds.CorrectedClaim with { Metric = Metric.Desertion, PeriodStart = new PeriodPoint(2025, 8), PeriodEnd = new PeriodPoint(2025, 8), Review = corrected.Review }, corrected);
        Assert.Equal(seeds.CorrectedClaim, corrected.Review.Original);
        Assert.Equal("corrected by review: metric awol → desertion; period_start 2025-09 → 2025-08; period_end 2025-09 → 2025-08 (the ministry files it as desertion)",
            corrected.Review.ToString());
        Assert.Equal(3, corrected.Review.Line);

        var added = Assert.Single(result.Added);
        Assert.Equal((AddedArticle, AddedQuote, 400000L, Metric.Desertion, CountUnit.Cases), (added.Article, added.Quote, added.ValueLow!.Value, added.Metric, added.Unit));
        var article = seeds.Articles.Single(a => a.Id == AddedArticle);
        Assert.Equal(article.Text.IndexOf(AddedQuote, StringComparison.Ordinal), added.QuoteStart);
        Assert.Contains(AddedQuote, added.Sentence);
        Assert.Equal(article.Published, added.Published);

        Assert.DoesNotContain(result.Claims, c => c.Quote == seeds.RejectedClaim.Quote && c.Article == seeds.RejectedClaim.Article);
        Assert.Equal(seeds.RejectedClaim, Assert.Single(result.Rejected).Claim);
        // Everything else is untouched, in order; the added claim sits among its article's claims by position.
        var untouched = seeds.Claims.Where(c => c != seeds.RejectedClaim && c != seeds.CorrectedClaim).ToList();
        Assert.Equal(untouched, result.Claims.Where(c => !c.Review.IsReviewed));
        var inArticle = result.Claims.Where(c => c.Article == AddedArticle).Select(c => c.QuoteStart).ToList();
        Assert.Equal(inArticle.Order(), inArticle);
        Assert.Empty(result.Stale);
    }

    [Fact]
    public void The_review_changes_exactly_those_rows_in_every_table_and_every_charts_json_and_removing_it_restores_the_raw_extraction()
    {
        using var seeds = new ReviewSeeds();
        var raw = Analysis.Load(seeds.Folder);
        seeds.Write(seeds.ReviewText());
        var reviewed = Analysis.Load(seeds.Folder);

        Assert.Equal(seeds.ReviewPath, reviewed.Review.File);
        Assert.EndsWith("; review: 0 confirmed, 1 corrected, 1 rejected, 1 added, 0 stale", reviewed.ToString());
        Assert.DoesNotContain("review", raw.ToString());
        Assert.Equal(raw.Claims.Count, reviewed.Claims.Count);
        Assert.Equal(Rows(raw.Claims.ToCsv()).Except(Rows(reviewed.Claims.ToCsv())).Order(), [.. new[] { seeds.RejectedClaim, seeds.CorrectedClaim }.Select(Line).Order()]);
        Assert.Equal(2, Rows(reviewed.Claims.ToCsv()).Except(Rows(raw.Claims.ToCsv())).Count());

        // The analysis tables: rows of the three claims change, every other row is the same.
        var changed = new[] { seeds.RejectedClaim.Quote, seeds.CorrectedClaim.Quote, AddedQuote };
        foreach (var (before, after) in new[] { (raw.Monthly.ToCsv(), reviewed.Monthly.ToCsv()), (raw.Amnesty.ToCsv(), reviewed.Amnesty.ToCsv()), (raw.Cumulative.ToCsv(), reviewed.Cumulative.ToCsv()) })
        {
            var kept = Rows(before).Where(r => !changed.Any(r.Contains)).ToList();
            var reviewColumn = after.Split("\r\n")[0].EndsWith(",review");
            Assert.Equal(kept, Rows(after).Where(r => !changed.Any(r.Contains)).Select(r => reviewColumn ? WithoutReviewColumn(r) : r));
        }
        Assert.Contains(reviewed.Monthly.Rows, r => r.Quote == seeds.CorrectedClaim.Quote && r.Metric == Metric.Desertion && r.PeriodStart == new PeriodPoint(2025, 8));
        Assert.Contains(reviewed.Cumulative.Rows, r => r.Quote == AddedQuote && r.Review.Status == ReviewStatus.Added);
        Assert.Contains("corrected by review: metric awol → desertion", reviewed.Monthly.ToHtml());

        // The charts: hovers of the three claims change, every other hover is the same.
        foreach (var (before, after) in Charts(raw).Zip(Charts(reviewed)))
        {
            var gone = Hovers(before).Except(Hovers(after)).ToList();
            var come = Hovers(after).Except(Hovers(before)).ToList();
            Assert.All(gone, h => Assert.Contains(changed, q => h.Contains(q[..12])));
            Assert.All(come, h => Assert.Contains(changed, q => h.Contains(q[..12])));
        }
        var monthly = MonthlyFiguresChart.Create(reviewed.Monthly).ToJson();
        Assert.Contains("corrected by review: metric awol →", monthly);
        Assert.Contains("Review: 1 of", monthly);
        Assert.Contains("changed by review", monthly);
        Assert.DoesNotContain("by review", MonthlyFiguresChart.Create(raw.Monthly).ToJson());

        File.Delete(seeds.ReviewPath);
        var restored = Analysis.Load(seeds.Folder);
        Assert.Equal(raw.Claims.ToCsv(), restored.Claims.ToCsv());
        Assert.Equal(Charts(raw), Charts(restored));
        Assert.All(restored.Claims.Claims, c => Assert.Equal(ReviewStatus.Extracted, c.Review.Status));
    }

    [Fact]
    public void After_a_rule_change_rows_that_still_apply_are_kept_and_the_rest_are_reported_stale()
    {
        using var seeds = new ReviewSeeds();
        var text = ReviewFile.Template(seeds.Claims);
        var confirmedGone = seeds.Claims[1];
        var grown = seeds.Claims[2];
        var article = seeds.Articles.Single(a => a.Id == grown.Article);
        // A rule change: one claim is no longer read, another's phrase grows by the words after it.
        var longer = article.Text.Substring(grown.QuoteStart!.Value, Math.Min(grown.Quote.Length + 8, article.Text.Length - grown.QuoteStart.Value));
        var reextracted = seeds.Claims.Where(c => c != confirmedGone).Select(c => c == grown ? c with { Quote = longer } : c).ToList();

        var result = Apply(seeds, text, reextracted);

        var stale = Assert.Single(result.Stale);
        Assert.Equal(confirmedGone.Quote, stale.Row.Quote);
        Assert.StartsWith($"review.csv:{stale.Row.Line}: no claim reads this quote any more", stale.ToString());
        Assert.Equal(3, stale.Row.Line);
        Assert.Equal(reextracted.Count, result.Claims.Count);
        Assert.All(result.Claims, c => Assert.Equal(ReviewStatus.Confirmed, c.Review.Status));
        Assert.Contains(result.Claims, c => c.Quote == longer);
    }

    [Fact]
    public void An_add_row_the_extractor_now_reads_keeps_the_analysts_values_once_and_is_reported_stale()
    {
        using var seeds = new ReviewSeeds();
        var claim = seeds.CorrectedClaim;
        var text = Csv(Row("add", claim.Article, claim.Quote, low: "17000", high: "17000", qualifier: "exact", metric: "desertion",
            unit: claim.Unit.ToSpec(), rate: "total", force: "UA", periodStart: "2025-09", periodEnd: "2025-09", source: claim.Source));

        var result = Apply(seeds, text);

        Assert.Equal(seeds.Claims.Count, result.Claims.Count);
        Assert.Equal(Metric.Desertion, Assert.Single(result.Claims, c => c.Quote == claim.Quote).Metric);
        Assert.Contains("the extractor now reads this claim", Assert.Single(result.Stale).Reason);
    }

    public static TheoryData<string, string> Errors => new()
    {
        { Row("confirm", "999_missing", "over 21,000"), "no article '999_missing' among the articles read" },
        { Row("reject", Rejected, "a phrase this article never had"), "the quote is not in article '001_a630a9649aa4309c'" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_missing_article_or_a_quote_not_in_the_article_names_the_file_and_line(string row, string message)
    {
        using var seeds = new ReviewSeeds();
        var error = Assert.Throws<AnalysisKitException>(() => Apply(seeds, Csv(Row("confirm", Rejected, seeds.RejectedClaim.Quote), row)));
        Assert.Equal(("review.csv", 3), (error.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Two_rows_that_find_one_claim_are_an_error_at_the_second()
    {
        using var seeds = new ReviewSeeds();
        var claim = seeds.RejectedClaim;
        // The second quote is a part of the claim's phrase: it finds the same claim by overlap.
        var part = claim.Quote[..(claim.Quote.Length - 2)];
        var error = Assert.Throws<AnalysisKitException>(() => Apply(seeds, Csv(Row("confirm", claim.Article, claim.Quote), Row("reject", claim.Article, part))));
        Assert.Equal(3, error.Line);
        Assert.Contains("two rows for one claim: line 2 reviews it too", error.Message);
    }

    private static IEnumerable<string> Rows(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1);

    // A reviewed table adds a trailing review column, empty in the rows the review leaves alone.
    private static string WithoutReviewColumn(string row) => Assert.IsType<string>(row.EndsWith(',') ? row[..^1] : null);

    private static string Line(Claim claim) => Rows(new AnalysisKit.Tables.ClaimTable([claim]).ToCsv()).Single();

    private static List<string> Charts(Analysis kit) =>
    [
        MonthlyFiguresChart.Create(kit.Monthly).ToJson(),
        AmnestyChart.Create(kit.Amnesty).ToJson(),
        CumulativeSpreadChart.Create(kit.Cumulative).ToJson(),
        CumulativeSpreadChart.Timeline(kit.Cumulative).ToJson(),
    ];

    /// <summary>Every point's hover (its customdata row) in a figure's JSON.</summary>
    private static HashSet<string> Hovers(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("customdata", out _))
            .SelectMany(t => t.GetProperty("customdata").EnumerateArray().Select(row => row.GetRawText()))
            .ToHashSet();
    }
}
