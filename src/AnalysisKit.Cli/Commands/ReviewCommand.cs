using System.CommandLine;
using AnalysisKit.Articles;
using AnalysisKit.Claims;
using AnalysisKit.Claims.Review;
using AnalysisKit.Interactive;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysiskit review init|check|diff</c>: write a review file to edit, check it against the
/// articles and the current extraction, and list what it changes.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var command = new Command("review", "The analyst's review file (review.csv beside the articles): init, check, diff.");
        command.Subcommands.Add(Verb("init", "Write a review file with every claim as a confirm row (never overwrites one).", Init));
        command.Subcommands.Add(Verb("check", "Check the review file: bad rows and stale rows as FILE:LINE (exit 2).", Check));
        command.Subcommands.Add(Verb("diff", "List what the review changes against the raw extraction.", Diff));
        return command;
    }

    /// <summary>What one review verb works on.</summary>
    internal sealed record Request(string ArticlesDir, string? ManifestPath, string? ReviewPath)
    {
        public string Review => ReviewPath ?? ReviewFile.PathIn(ArticlesDir);
    }

    internal static Option<string?> ReviewOption(string description) => new("--review") { Description = description };

    private static Command Verb(string name, string description, Func<Request, TextWriter, TextWriter, int> action)
    {
        var corpus = new CorpusOptions();
        var review = ReviewOption("The review file (default: <articles>/review.csv)");
        var command = new Command(name, description);
        corpus.AddTo(command);
        command.Options.Add(review);
        command.SetAction(result => Guard.Run(() => action(
            new Request(corpus.ArticlesDir(result), result.GetValue(corpus.Manifest), result.GetValue(review)), Console.Out, Console.Error)));
        return command;
    }

    /// <exception cref="AnalysisKitException">The file exists already, or the articles cannot be read.</exception>
    internal static int Init(Request request, TextWriter output, TextWriter error)
    {
        if (File.Exists(request.Review))
            throw new AnalysisKitException("a review file is there already; edit it, or remove it to start again", request.Review);
        var claims = Extract(request).Claims;
        AtomicFile.WriteAllText(request.Review, ReviewFile.Template(claims));
        output.WriteLine($"{request.Review}: {claims.DistinctBy(c => (c.Article, c.Quote)).Count()} confirm rows to edit (see docs/claims.md, \"Review file\")");
        return ExitCodes.Ok;
    }

    /// <exception cref="AnalysisKitException">A bad row: the file and line.</exception>
    internal static int Check(Request request, TextWriter output, TextWriter error)
    {
        var review = Apply(request);
        foreach (var stale in review.Stale)
            error.WriteLine($"{stale}");
        if (review.Stale.Count > 0)
            return ExitCodes.BadInput;
        output.WriteLine($"{request.Review}: {review.Rows.Count} rows apply: " +
            $"{review.Claims.Count(c => c.Review.Status == ReviewStatus.Confirmed)} confirmed, {review.Corrected.Count()} corrected, " +
            $"{review.Rejected.Count} rejected, {review.Added.Count()} added; {review.Awaiting.Count()} claims not yet reviewed");
        return ExitCodes.Ok;
    }

    /// <exception cref="AnalysisKitException">A bad row: the file and line.</exception>
    internal static int Diff(Request request, TextWriter output, TextWriter error)
    {
        var review = Apply(request);
        foreach (var line in review.Diff())
            output.WriteLine(line);
        Warn(review, error);
        return ExitCodes.Ok;
    }

    /// <summary>Stale rows as warnings, for the verbs that go on without them.</summary>
    internal static void Warn(ReviewResult review, TextWriter error)
    {
        foreach (var stale in review.Stale)
            error.WriteLine($"warning: {stale}");
    }

    /// <summary>
    /// The claims a corpus verb works on: the raw extraction, or with <paramref name="review"/>
    /// given (a file, or alone for <c>review.csv</c> beside the articles) the reviewed claims,
    /// stale rows warned about on stderr.
    /// </summary>
    internal static (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) Claims(ParseResult result, CorpusOptions corpus, Option<string?> review)
    {
        var request = new Request(corpus.ArticlesDir(result), result.GetValue(corpus.Manifest), result.GetValue(review));
        var (articles, claims) = Extract(request);
        if (result.GetResult(review) is null) return (articles, claims);
        var reviewed = Analysis.Reviewed(claims, articles, request.ArticlesDir, request.Review);
        Warn(reviewed, Console.Error);
        return (articles, reviewed.Claims);
    }

    /// <summary>The raw extraction of the request's articles.</summary>
    internal static (IReadOnlyList<Article> Articles, IReadOnlyList<Claim> Claims) Extract(Request request)
    {
        var articles = ArticleLoader.LoadFolder(request.ArticlesDir, request.ManifestPath);
        return (articles, ClaimExtractor.Default.Extract(articles).ToList());
    }

    /// <summary>The extraction with the review applied; the review file must exist.</summary>
    internal static ReviewResult Apply(Request request)
    {
        var (articles, claims) = Extract(request);
        return Analysis.Reviewed(claims, articles, request.ArticlesDir, request.Review);
    }
}
