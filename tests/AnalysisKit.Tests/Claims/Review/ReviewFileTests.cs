using AnalysisKit.Claims.Review;
using static AnalysisKit.Tests.Claims.Review.ReviewSeeds;

namespace AnalysisKit.Tests.Claims.Review;

public class ReviewFileTests
{
    private static IReadOnlyList<ReviewRow> Read(string text) => ReviewFile.Read(new StringReader(text), "review.csv");

    [Fact]
    public void A_correct_row_keeps_only_the_columns_it_fills_and_the_note()
    {
        var row = Read(Csv(Row("correct", "a", "over 5,000 fled", metric: "desertion", periodEnd: "-", note: "fled is AWOL? no: the law says 408"))).Single();

        Assert.Equal(ReviewAction.Correct, row.Action);
        Assert.Equal(2, row.Line);
        Assert.Equal([new ReviewValue("metric", "desertion"), new ReviewValue("period_end", "-")], row.Values);
        Assert.Equal("fled is AWOL? no: the law says 408", row.Note);
    }

    [Fact]
    public void A_file_with_only_the_key_columns_short_rows_blank_lines_and_unix_line_ends_reads()
    {
        var rows = Read("article,quote,action,note\na,\"1,000 left\",confirm\n,,\nb,2 cases,reject\n");
        Assert.Equal([(2, ReviewAction.Confirm), (4, ReviewAction.Reject)], rows.Select(r => (r.Line, r.Action)));
    }

    public static TheoryData<string, int, string> BadFiles => new()
    {
        { "article,quote,action,colour\r\na,q,confirm,red\r\n", 1, "unknown column 'colour'" },
        { "article,quote\r\na,q\r\n", 1, "missing column(s) action" },
        { Csv(Row("confirm", "a", "q"), Row("approve", "a", "r")), 3, "action 'approve' is not one of confirm, correct, reject, add" },
        { Csv(Row("correct", "a", "q", metric: "walked_off")), 2, "metric 'walked_off' is not one of desertion, awol" },
        { Csv(Row("correct", "a", "q", low: "21k")), 2, "value_low '21k' is not a whole number" },
        { Csv(Row("correct", "a", "q", periodStart: "Oct 2025")), 2, "period_start 'Oct 2025' is not YYYY-MM" },
        { Csv(Row("correct", "a", "q", force: "NATO")), 2, "force 'NATO' is not one of UA, RU" },
        { Csv(Row("correct", "a", "q")), 2, "a correct row must fill the column(s) it changes" },
        { Csv(Row("confirm", "a", "q", unit: "cases")), 2, "a confirm row changes no column, but unit is filled" },
        { Csv(Row("add", "a", "q", low: "5", metric: "awol")), 2, "missing qualifier, unit, rate, force, source" },
        { Csv(Row("confirm", "a", "q"), Row("reject", "b", "q"), Row("reject", "a", "q")), 4, "two rows for one claim: line 2 has the same article and quote" },
        { Csv(Row("confirm", "", "q")), 2, "article is empty" },
        { Csv(Row("confirm", "a", " ")), 2, "quote is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_header_value_or_duplicate_names_the_file_and_line(string text, int line, string message)
    {
        var error = Assert.Throws<AnalysisKitException>(() => Read(text));
        Assert.Equal("review.csv", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
        Assert.StartsWith($"review.csv:{line}: ", error.ToOneLine());
    }

    [Fact]
    public void The_template_confirms_every_claim_once_sorted_by_article_and_position_and_reads_back()
    {
        using var seeds = new ReviewSeeds();
        var shuffled = seeds.Claims.Reverse().Append(seeds.Claims[0]).ToList();

        var template = ReviewFile.Template(shuffled);
        var rows = Read(template);

        Assert.Equal(seeds.Claims.Select(c => (c.Article, c.Quote)).Distinct(), rows.Select(r => (r.Article, r.Quote)));
        Assert.All(rows, r => Assert.Equal(ReviewAction.Confirm, r.Action));
        Assert.All(rows, r => Assert.Empty(r.Values));
        Assert.Contains("metric=awol", template.Split("\r\n").Single(l => l.Contains(seeds.CorrectedClaim.Quote)));
    }
}
