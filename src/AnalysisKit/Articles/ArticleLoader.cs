namespace AnalysisKit.Articles;

/// <summary>
/// Loads articles: UTF-8 text files (BOM optional, line ends kept), page furniture set aside,
/// the body split into sentences with offsets into the text.
/// </summary>
public static class ArticleLoader
{
    /// <summary>The manifest file name <see cref="LoadFolder"/> looks for in the articles folder.</summary>
    public const string DefaultManifest = "manifest.csv";

    /// <summary>
    /// Loads every <c>*.txt</c> file in <paramref name="articlesDir"/>, ordered by id (file stem).
    /// The manifest is <paramref name="manifestPath"/>, else <c>manifest.csv</c> in the folder when
    /// present. An article the manifest does not list gets Outlet <c>unknown</c> and, as an
    /// estimated publication date, the file's last-write date (UTC). A manifest row naming a
    /// missing file, a missing folder or a folder without articles is an <see cref="AnalysisKitException"/>.
    /// </summary>
    public static IReadOnlyList<Article> LoadFolder(string articlesDir, string? manifestPath = null)
    {
        ArgumentNullException.ThrowIfNull(articlesDir);
        if (!Directory.Exists(articlesDir))
            throw AnalysisKitException.InFile("articles folder not found", articlesDir);

        var files = Directory.EnumerateFiles(articlesDir)
            .Where(f => string.Equals(System.IO.Path.GetExtension(f), ".txt", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => System.IO.Path.GetFileNameWithoutExtension(f), StringComparer.Ordinal);
        if (files.Count == 0)
            throw AnalysisKitException.InFile("no .txt articles in folder", articlesDir);

        if (manifestPath is null)
        {
            string fallback = System.IO.Path.Combine(articlesDir, DefaultManifest);
            manifestPath = File.Exists(fallback) ? fallback : null;
        }
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (manifestPath is not null)
        {
            foreach (var entry in ManifestReader.Read(manifestPath))
            {
                if (!files.ContainsKey(entry.Article))
                    throw AnalysisKitException.InFile($"article '{entry.Article}' has no file {entry.Article}.txt in {articlesDir}", manifestPath, entry.Line);
                entries.Add(entry.Article, entry);
            }
        }

        return files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => Load(f.Value, entries.GetValueOrDefault(f.Key)))
            .ToList();
    }

    /// <summary>
    /// Loads one article file. Without a manifest entry the article gets Outlet <c>unknown</c> and
    /// the file's last-write date (UTC) as an estimated publication date. An unreadable, empty,
    /// whitespace-only or binary file, or invalid UTF-8, is an <see cref="AnalysisKitException"/>
    /// naming the file and line.
    /// </summary>
    public static Article Load(string path, ManifestEntry? entry = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw AnalysisKitException.InFile("article file not found", path);
        string text = Utf8Text.Read(path);
        if (string.IsNullOrWhiteSpace(text))
            throw AnalysisKitException.InFile(text.Length == 0 ? "empty article" : "article has only whitespace", path, 1);

        string id = System.IO.Path.GetFileNameWithoutExtension(path);
        if (entry is not null && entry.Article != id)
            throw new ArgumentException($"the manifest entry is for '{entry.Article}', not '{id}'", nameof(entry));
        entry ??= new ManifestEntry(id, "unknown", "", DateOnly.FromDateTime(File.GetLastWriteTimeUtc(path)), PublishedIsEstimate: true);
        return FromText(text, entry, path);
    }

    /// <summary>
    /// Builds an article from text already in memory (no I/O): furniture is set aside and the body
    /// split into sentences. The id, outlet, title and date come from <paramref name="entry"/>.
    /// </summary>
    public static Article FromText(string text, ManifestEntry entry, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entry);
        var sentences = new List<Sentence>();
        foreach (var range in PageCleaner.Body(text))
            SentenceSplitter.Split(text, range.Start, range.End, sentences);
        return new Article
        {
            Id = entry.Article,
            Text = text,
            Sentences = sentences,
            Published = entry.Published,
            PublishedIsEstimate = entry.PublishedIsEstimate,
            Outlet = entry.Outlet,
            Title = entry.Title,
            Path = path,
        };
    }
}
