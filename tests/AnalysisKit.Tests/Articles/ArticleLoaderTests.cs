using System.Text;
using AnalysisKit.Articles;

namespace AnalysisKit.Tests.Articles;

public class ArticleLoaderTests
{
    private const string Body = "In October alone, 21,600 soldiers had deserted. Officials denied it.";

    [Fact]
    public void A_bom_is_removed_and_offsets_count_from_the_text()
    {
        using var dir = new TempFolder();
        string path = dir.Bytes("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Body)]);
        var article = ArticleLoader.Load(path);
        Assert.Equal(Body, article.Text);
        Assert.Equal(["In October alone, 21,600 soldiers had deserted.", "Officials denied it."], article.Sentences.Select(s => s.Text));
        Assert.Equal(0, article.Sentences[0].Start);
    }

    [Fact]
    public void Crlf_line_ends_are_kept_in_the_text_but_not_in_sentences()
    {
        using var dir = new TempFolder();
        string text = "Headline\r\n\r\n" + Body + "\r\nLast line.\r\n";
        var article = ArticleLoader.Load(dir.File("a.txt", text));
        Assert.Equal(text, article.Text);
        Assert.Equal(["Headline", "In October alone, 21,600 soldiers had deserted.", "Officials denied it.", "Last line."], article.Sentences.Select(s => s.Text));
        SentenceProperties.Hold(article.Text, article.Sentences);
    }

    [Fact]
    public void An_article_without_a_manifest_row_is_dated_by_its_file_and_marked_estimated()
    {
        using var dir = new TempFolder();
        string path = dir.File("b.txt", Body);
        File.SetLastWriteTimeUtc(path, new DateTime(2024, 3, 5, 23, 30, 0, DateTimeKind.Utc));
        dir.File("manifest.csv", "article,outlet,published\na,Kyiv Post,2025-11-10\n");
        dir.File("a.txt", Body);

        var articles = ArticleLoader.LoadFolder(dir.Path);

        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
        Assert.Equal((new DateOnly(2025, 11, 10), "Kyiv Post", false), (articles[0].Published, articles[0].Outlet, articles[0].PublishedIsEstimate));
        Assert.Equal((new DateOnly(2024, 3, 5), "unknown", true), (articles[1].Published, articles[1].Outlet, articles[1].PublishedIsEstimate));
        Assert.Equal(path, articles[1].Path);
    }

    [Fact]
    public void An_explicit_manifest_replaces_the_folder_one_and_other_files_are_ignored()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Body);
        dir.File("notes.md", "not an article");
        dir.File("manifest.csv", "article,published\nmissing,2025-01-01\n");
        string other = dir.File("other.csv", "article,title,published\na,\"Title, with comma\",2025-02-03\n");

        var article = Assert.Single(ArticleLoader.LoadFolder(dir.Path, other));

        Assert.Equal(("a", "Title, with comma", new DateOnly(2025, 2, 3)), (article.Id, article.Title, article.Published));
    }

    public static TheoryData<string, byte[], int?> BadFiles() => new()
    {
        { "empty", [], 1 },
        { "whitespace only", " \r\n\t\n\u00A0"u8.ToArray(), 1 },
        { "NUL byte on line 2", [.. "abc\nde"u8, 0, .. "f"u8], 2 },
        { "bad byte on line 3", [.. "ok\nok\nbad "u8, 0xC3, 0x28, .. " here"u8], 3 },
        { "truncated sequence at the end", [.. "ok\nend "u8, 0xE2, 0x82], 2 },
        { "lone continuation byte after a BOM", [0xEF, 0xBB, 0xBF, 0x80], 1 },
        { "overlong encoding", [.. "a\n"u8, 0xC0, 0xAF], 2 },
        { "UTF-16", [0xFF, 0xFE, (byte)'a', 0], 1 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_article_files_name_file_and_line(string why, byte[] bytes, int? line)
    {
        using var dir = new TempFolder();
        string path = dir.Bytes("a.txt", bytes);
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.Load(path));
        Assert.True((path, line) == (e.File, e.Line), $"{why}: got {e.ToOneLine()}");
        // The folder loader reports the same error.
        var f = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path));
        Assert.Equal((path, line), (f.File, f.Line));
    }

    [Fact]
    public void A_missing_folder_is_named()
    {
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder("/no/such/articles"));
        Assert.Equal(("/no/such/articles", (int?)null), (e.File, e.Line));
    }

    [Fact]
    public void A_folder_without_articles_is_an_error()
    {
        using var dir = new TempFolder();
        dir.File("manifest.csv", "article,published\n");
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path));
        Assert.Equal(dir.Path, e.File);
    }

    [Fact]
    public void Loading_errors_name_the_file_in_the_message_itself_which_is_all_a_notebook_cell_shows()
    {
        using var dir = new TempFolder();
        var binary = Path.Combine(dir.Path, "bin.txt");
        File.WriteAllBytes(binary, [(byte)'a', 0, (byte)'b']);
        Assert.StartsWith($"{binary}:1: binary file", Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path)).Message);
        var manifest = Path.Combine(dir.Path, "missing.csv");
        Assert.Equal($"{manifest}: manifest not found", Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path, manifest)).Message);
        // The one-line form names the place once.
        Assert.Equal($"{manifest}: manifest not found", Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path, manifest)).ToOneLine());
    }

    [Fact]
    public void A_missing_article_file_is_named()
    {
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.Load("/no/such/a.txt"));
        Assert.Equal("/no/such/a.txt", e.File);
    }

    [Fact]
    public void A_manifest_row_naming_a_missing_article_names_the_manifest_line()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Body);
        string manifest = dir.File("manifest.csv", "article,published\na,2025-01-01\nghost,2025-01-02\n");
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path));
        Assert.Equal((manifest, (int?)3), (e.File, e.Line));
        Assert.Contains("ghost", e.Message);
    }

    [Fact]
    public void A_missing_explicit_manifest_is_named()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Body);
        string manifest = Path.Combine(dir.Path, "nope.csv");
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path, manifest));
        Assert.Equal(manifest, e.File);
    }

    [Fact]
    public void A_bad_manifest_fails_the_folder_with_its_line()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", Body);
        string manifest = dir.File("manifest.csv", "article,published\na,2025-02-30\n");
        var e = Assert.Throws<AnalysisKitException>(() => ArticleLoader.LoadFolder(dir.Path));
        Assert.Equal((manifest, (int?)2), (e.File, e.Line));
    }

    [Fact]
    public void A_page_of_only_furniture_loads_with_no_sentences()
    {
        using var dir = new TempFolder();
        var article = ArticleLoader.Load(dir.File("a.txt", "Comments0\n\n300\nShare it on..."));
        Assert.Empty(article.Sentences);
    }

    public static TheoryData<string, string> Pathological() => new()
    {
        { "a megabyte of 1,1,1", string.Concat(Enumerable.Repeat("1,", 1 << 19)) },
        { "a megabyte of '. '", string.Concat(Enumerable.Repeat(". ", 1 << 19)) },
        { "a megabyte of 'a. '", string.Concat(Enumerable.Repeat("a. ", 1 << 18)) },
        { "a megabyte without a space", new string('x', 1 << 20) },
        { "an e-mail-like megabyte", string.Concat(Enumerable.Repeat("a.b@c.d", 1 << 17)) },
        { "short furniture-like lines", string.Concat(Enumerable.Repeat("Related\n• 1\nComments0\nx@y.zz\nBy A B\n", 1 << 14)) },
        { "a block heading then a megabyte of headlines", "Related\n" + string.Concat(Enumerable.Repeat("A Headline Without End\n", 1 << 15)) },
        { "repeated captions", string.Concat(Enumerable.Repeat("Same caption line here.\n", 1 << 15)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_articles_load(string why, string text)
    {
        // Not timed: a catastrophic pattern would simply never finish.
        using var dir = new TempFolder();
        var article = ArticleLoader.Load(dir.File("a.txt", "Body sentence comes first.\n" + text));
        Assert.True(article.Sentences.Count > 0, why);
        SentenceProperties.Hold(article.Text, article.Sentences);
    }
}
