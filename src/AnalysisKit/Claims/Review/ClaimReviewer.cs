using AnalysisKit.Articles;

namespace AnalysisKit.Claims.Review;

/// <summary>
/// Applies a review to extracted claims: a pure stage (claims, rows and articles in, reviewed
/// claims out). A row finds its claim by article and quote: the claim with that very quote,
/// else the one claim whose quote overlaps it in the article (the extractor's phrase may grow
/// or shrink after a rule change). A row that finds no claim is stale: it is reported and
/// left out, so a re-extraction keeps every row that still applies.
/// </summary>
public static class ClaimReviewer
{
    /// <summary>The reviewed claims and what the review did; <paramref name="file"/> names the review file in errors and stale rows.</summary>
    /// <exception cref="AnalysisKitException">
    /// A row names an article not among <paramref name="articles"/>, its quote is not in the
    /// article, or two rows review one claim: the file and line of the row.
    /// </exception>
    public static ReviewResult Apply(IReadOnlyList<Claim> claims, IReadOnlyList<ReviewRow> rows, IReadOnlyList<Article> articles, string file)
    {
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var reviewed = claims.Select(c => (Claim?)c).ToArray();
        var reviewedBy = new Dictionary<int, ReviewRow>();
        var rejected = new List<(Claim, ReviewRow)>();
        var stale = new List<StaleReviewRow>();
        var added = new List<Claim>();

        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.Article, out var article))
                throw new AnalysisKitException($"no article '{row.Article}' among the articles read", file, row.Line);
            var at = article.Text.IndexOf(row.Quote, StringComparison.Ordinal);
            if (at < 0)
                throw new AnalysisKitException($"the quote is not in article '{row.Article}' (it must be an exact substring): “{Clip(row.Quote)}”", file, row.Line);

            var targets = Targets(claims, row, article, exactOnly: row.Action == ReviewAction.Add);
            foreach (var index in targets)
                if (!reviewedBy.TryAdd(index, row))
                    throw new AnalysisKitException($"two rows for one claim: line {reviewedBy[index].Line} reviews it too", file, row.Line);

            if (row.Action == ReviewAction.Add)
            {
                if (targets.Count > 0)
                {
                    // The extractor now reads the missed claim: the analyst's values still win, once.
                    stale.Add(new StaleReviewRow(row, file, "the extractor now reads this claim; make this add row a confirm or correct row"));
                    foreach (var index in targets) reviewed[index] = Corrected(claims[index], Added(row, article, at, file), row, file);
                }
                else
                {
                    added.Add(Added(row, article, at, file));
                }
                continue;
            }
            if (targets.Count == 0)
            {
                stale.Add(new StaleReviewRow(row, file, $"no claim reads this quote any more; {row.Action.ToString().ToLowerInvariant()} row left out: “{Clip(row.Quote)}”"));
                continue;
            }
            foreach (var index in targets)
                reviewed[index] = row.Action switch
                {
                    ReviewAction.Reject => null,
                    ReviewAction.Confirm => claims[index] with { Review = Stamp(ReviewStatus.Confirmed, row, file) },
                    _ => Corrected(claims[index], row.Values.Aggregate(claims[index], (c, v) => ClaimColumns.Set(c, v.Column, v.Text)), row, file),
                };
            if (row.Action == ReviewAction.Reject)
                rejected.AddRange(targets.Select(index => (claims[index], row)));
        }

        var result = reviewed.OfType<Claim>().ToList();
        foreach (var claim in added.OrderBy(c => c.QuoteStart))
            result.Insert(InsertionPoint(result, claim, articles), claim);
        return new ReviewResult { Claims = result, File = file, Rows = rows, Rejected = rejected, Stale = stale };
    }

    /// <summary>The indices of the claims a row reviews (see the class remarks).</summary>
    private static List<int> Targets(IReadOnlyList<Claim> claims, ReviewRow row, Article article, bool exactOnly)
    {
        var inArticle = Enumerable.Range(0, claims.Count).Where(i => claims[i].Article == row.Article).ToList();
        // Several claims may share one quote (a phrase stating two figures): the row reviews each.
        var exact = inArticle.Where(i => claims[i].Quote == row.Quote).ToList();
        if (exact.Count > 0 || exactOnly) return exact;
        var spans = Occurrences(article.Text, row.Quote).ToList();
        var overlapping = inArticle.Where(i => claims[i].QuoteStart is int start &&
            spans.Any(s => start < s + row.Quote.Length && s < start + claims[i].Quote.Length)).ToList();
        return overlapping.Count == 1 ? overlapping : [];
    }

    private static IEnumerable<int> Occurrences(string text, string quote)
    {
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            yield return at;
    }

    private static Claim Corrected(Claim original, Claim changed, ReviewRow row, string file)
    {
        var raw = original with { Review = ClaimReview.Extracted };
        var changes = ClaimColumns.Names
            .Select(column => new ReviewChange(column, ClaimColumns.Get(raw, column), ClaimColumns.Get(changed, column)))
            .Where(change => change.From != change.To)
            .ToList();
        // A correction that changes nothing (the extractor now reads what the analyst wrote) is a confirmation.
        var review = changes.Count == 0
            ? Stamp(ReviewStatus.Confirmed, row, file)
            : Stamp(ReviewStatus.Corrected, row, file) with { Original = raw, Changes = changes };
        return changed with { Review = review, Quote = raw.Quote, QuoteStart = raw.QuoteStart, Sentence = raw.Sentence, Published = raw.Published };
    }

    private static Claim Added(ReviewRow row, Article article, int at, string file)
    {
        var blank = new Claim { Article = article.Id, Quote = row.Quote, Source = "" };
        var claim = row.Values.Aggregate(blank, (c, v) => ClaimColumns.Set(c, v.Column, v.Text));
        var sentence = article.Sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        return claim with
        {
            QuoteStart = at,
            Sentence = sentence?.Text,
            Published = article.Published,
            Review = Stamp(ReviewStatus.Added, row, file),
        };
    }

    private static ClaimReview Stamp(ReviewStatus status, ReviewRow row, string file) =>
        new() { Status = status, Note = row.Note, File = file, Line = row.Line };

    /// <summary>After the last claim of the same article that starts no later; else where the article's claims would go.</summary>
    private static int InsertionPoint(List<Claim> claims, Claim added, IReadOnlyList<Article> articles)
    {
        var last = claims.FindLastIndex(c => c.Article == added.Article && (c.QuoteStart ?? 0) <= added.QuoteStart);
        if (last >= 0) return last + 1;
        var first = claims.FindIndex(c => c.Article == added.Article);
        if (first >= 0) return first;
        var order = articles.Select(a => a.Id).ToList();
        var rank = order.IndexOf(added.Article);
        var next = claims.FindIndex(c => order.IndexOf(c.Article) > rank);
        return next >= 0 ? next : claims.Count;
    }

    private static string Clip(string quote) => quote.Length <= 60 ? quote : string.Concat(quote.AsSpan(0, 59), "…");
}
