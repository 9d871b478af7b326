using AnalysisKit.Articles;
using AnalysisKit.Charts;
using AnalysisKit.Claims;
using AnalysisKit.Claims.Review;
using AnalysisKit.Tables;

namespace AnalysisKit.Interactive;

/// <summary>
/// The notebook facade: a corpus' claims and the three analysis tables, one call away.
/// <code>
/// var kit = Analysis.Load("../seeds", "../seeds/manifest.csv");
/// display(kit.Cumulative.Spread);
/// await Analysis.ExportAsync(outDir, ("spread", CumulativeSpreadChart.Create(kit.Cumulative)));
/// </code>
/// </summary>
[TypeFormatterSource(typeof(AnalysisFormatterSource), PreferredMimeTypes = ["text/html", "text/plain"])]
public sealed record Analysis
{
    /// <summary>The articles read; empty when the claims came from a gold file.</summary>
    public IReadOnlyList<Article> Articles { get; init; } = [];

    public required ClaimTable Claims { get; init; }

    /// <summary>The analyst's review applied to the claims: what it changed and which rows are stale; empty when none.</summary>
    public ReviewResult Review { get; init; } = ReviewResult.None([]);

    /// <summary>Single months, stated rates and implied monthly averages.</summary>
    public required MonthlyFiguresTable Monthly { get; init; }

    /// <summary>Amnesty returns, and totals implied by stated shares.</summary>
    public required AmnestyTable Amnesty { get; init; }

    /// <summary>Cumulative estimates by basis, with <see cref="CumulativeTable.Spread"/> and <see cref="CumulativeTable.Consistency"/>.</summary>
    public required CumulativeTable Cumulative { get; init; }

    /// <summary>
    /// Reads every article in <paramref name="articlesDir"/> (dated by the manifest, by default
    /// <c>manifest.csv</c> in the folder), extracts its claims, applies the analyst's review
    /// (<paramref name="reviewPath"/>, by default <c>review.csv</c> in the folder when there is
    /// one) and builds the tables from the reviewed claims.
    /// </summary>
    public static Analysis Load(string articlesDir, string? manifestPath = null, CumulativeOptions? options = null, string? reviewPath = null)
    {
        var articles = ArticleLoader.LoadFolder(articlesDir, manifestPath);
        var review = Reviewed(ClaimExtractor.Default.Extract(articles).ToList(), articles, articlesDir, reviewPath);
        return FromClaims(review.Claims, options) with { Articles = articles, Review = review };
    }

    /// <summary>
    /// The claims after the review at <paramref name="reviewPath"/>, else after <c>review.csv</c>
    /// in <paramref name="articlesDir"/> when present; as extracted when there is neither.
    /// </summary>
    /// <exception cref="AnalysisKitException">A bad review file: its path and line.</exception>
    public static ReviewResult Reviewed(IReadOnlyList<Claim> claims, IReadOnlyList<Article> articles, string articlesDir, string? reviewPath = null)
    {
        var path = string.IsNullOrEmpty(reviewPath) ? ReviewFile.PathIn(articlesDir) : reviewPath;
        if (string.IsNullOrEmpty(reviewPath) && !File.Exists(path)) return ReviewResult.None(claims);
        return ClaimReviewer.Apply(claims, ReviewFile.Read(path), articles, path);
    }

    /// <summary>The tables of some claims (e.g. a corpus' extracted claims).</summary>
    public static Analysis FromClaims(IEnumerable<Claim> claims, CumulativeOptions? options = null)
    {
        // Every way into the facade passes here: the first use in a kernel gives its frames a compact table.
        KernelFormatters.RegisterFrameFormatters();
        var table = new ClaimTable(claims.ToArray());
        return new Analysis
        {
            Claims = table,
            Monthly = MonthlyFiguresTable.From(table),
            Amnesty = AmnestyTable.From(table),
            Cumulative = CumulativeTable.From(table.Rows, options),
        };
    }

    /// <summary>
    /// The tables of a hand-labelled gold file, each claim dated by the manifest's publication
    /// date (so projections and undated rates can be placed). Gold rows carry no sentence, so
    /// no amnesty total is implied.
    /// </summary>
    public static Analysis FromGold(string goldPath, string manifestPath, CumulativeOptions? options = null)
    {
        var published = ManifestReader.Read(manifestPath).ToDictionary(e => e.Article, e => e.Published, StringComparer.Ordinal);
        var claims = GoldTable.Read(goldPath, published.Keys).Select(c => published.TryGetValue(c.Article, out var date) ? c with { Published = date } : c);
        return FromClaims(claims, options);
    }

    /// <summary>
    /// The hand-labelled claims of an articles folder: its <c>claims.gold.csv</c> (or
    /// <c>gold.csv</c>), none when it has neither. Notebooks call this rather than probe files
    /// themselves, since the .NET Interactive C# kernel does not import System.IO.
    /// </summary>
    public static IReadOnlyList<Claim> LoadGold(string articlesDir, IEnumerable<string>? articles = null) =>
        GoldFileNames.Select(name => Path.Combine(articlesDir, name)).FirstOrDefault(File.Exists) is { } path
            ? GoldTable.Read(path, articles)
            : [];

    private static readonly string[] GoldFileNames = ["claims.gold.csv", "gold.csv"];

    /// <summary>Writes each table as <c>NAME.csv</c> in <paramref name="outDir"/> (created if missing), each file atomically.</summary>
    public static ExportResult ExportCsv(string outDir, params (string Name, ITable Table)[] tables)
    {
        var files = tables.Select(t => Path.Combine(outDir, t.Name + ".csv")).ToArray();
        foreach (var (table, path) in tables.Select(t => t.Table).Zip(files))
            table.WriteCsv(path);
        return new ExportResult(files, Hint: null);
    }

    /// <summary>
    /// Writes each figure as <c>NAME.html</c>, and <c>NAME.svg</c> + <c>NAME.png</c> at report
    /// size when Chromium is found (see <see cref="ChartExporter.FindBrowser()"/>); without a
    /// browser the result says in one line how to get images.
    /// </summary>
    public static Task<ExportResult> ExportAsync(string outDir, params (string Name, Figure Figure)[] figures) =>
        ExportAsync(outDir, images: true, figures);

    /// <summary>
    /// The same; with <paramref name="images"/> false only HTML is written (the headless runner
    /// renders every displayed figure itself, with one browser for the whole run).
    /// </summary>
    public static async Task<ExportResult> ExportAsync(string outDir, bool images, params (string Name, Figure Figure)[] figures)
    {
        var json = figures.Select(f => (f.Name, f.Figure.ToJson())).ToArray();
        // One browser start for the batch, at report size (tall category charts set their own height).
        return images
            ? await FigureFiles.WriteAsync(outDir, json, HouseStyle.ReportSize)
            : await FigureFiles.WriteWithAsync(outDir, json, HouseStyle.ReportSize, browser: null, CancellationToken.None) with { Hint = null };
    }

    /// <summary>One line per table: how much the corpus holds.</summary>
    public override string ToString() =>
        $"{(Articles.Count > 0 ? $"{Articles.Count} articles, " : "")}{Claims.Count} claims: " +
        $"{Monthly.Count} monthly figures, {Amnesty.Count} amnesty figures, {Cumulative.Count} cumulative estimates " +
        $"({Cumulative.Spread.Count} spreads, {Cumulative.Consistency.Count} consistency checks)" +
        (Review.File is null ? "" : $"; review: {Review.Claims.Count(c => c.Review.Status == ReviewStatus.Confirmed)} confirmed, " +
            $"{Review.Corrected.Count()} corrected, {Review.Rejected.Count} rejected, {Review.Added.Count()} added, {Review.Stale.Count} stale");
}
