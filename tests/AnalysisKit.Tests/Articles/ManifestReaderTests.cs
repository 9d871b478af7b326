using AnalysisKit.Articles;

namespace AnalysisKit.Tests.Articles;

public class ManifestReaderTests
{
    private static IReadOnlyList<ManifestEntry> Parse(string csv) => ManifestReader.Parse(new StringReader(csv), "m.csv");

    [Fact]
    public void The_seed_manifest_reads_with_quoted_commas_dates_and_estimates()
    {
        var entries = ManifestReader.Read(Seeds.Path("manifest.csv"));
        Assert.Equal(5, entries.Count);
        var e = entries.Single(x => x.Article == "002_b56e3babc11d0ab3");
        Assert.Equal("Russian security forces: 300,000-500,000 left their units", e.Title);
        Assert.Equal("unknown (cites TASS)", e.Outlet);
        Assert.Equal(new DateOnly(2025, 10, 15), e.Published);
        Assert.True(e.PublishedIsEstimate);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Only_article_and_published_are_required_in_any_order()
    {
        var e = Assert.Single(Parse("Published,Article\n2024-12-01,a.txt\n"));
        Assert.Equal(new ManifestEntry("a", "unknown", "", new DateOnly(2024, 12, 1), false) { Line = 2 }, e);
    }

    [Fact]
    public void Columns_the_kit_does_not_know_are_ignored()
    {
        var e = Assert.Single(Parse("article,language,published,url_archive\na,en,2025-01-02,x\n"));
        Assert.Equal(new DateOnly(2025, 1, 2), e.Published);
    }

    [Theory]
    [InlineData("2025-01-02")]
    [InlineData("2025-01-02T08:30:00Z")]
    [InlineData("2025-01-02 08:30")]
    public void Published_may_be_a_date_or_a_timestamp(string published) =>
        Assert.Equal(new DateOnly(2025, 1, 2), Assert.Single(Parse($"article,published\na,{published}\n")).Published);

    [Theory]
    [InlineData("yes", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("", false)]
    public void The_estimate_flag_reads_yes_or_no(string flag, bool expected) =>
        Assert.Equal(expected, Assert.Single(Parse($"article,published,published_is_estimate\na,2025-01-02,{flag}\n")).PublishedIsEstimate);

    [Fact]
    public void Lines_count_physical_lines_past_quoted_line_breaks_and_blank_lines()
    {
        var entries = Parse("article,title,published\na,\"two\nlines\",2025-01-01\n\nb,x,2025-01-02\n");
        Assert.Equal([2, 5], entries.Select(e => e.Line));
    }

    [Theory]
    [InlineData("", 1, "empty manifest")]
    [InlineData("article,publshed\na,2025-01-01\n", 1, "missing column 'published'")]
    [InlineData("article,outlet\na,x\n", 1, "missing column 'published'")]
    [InlineData("outlet,published\nx,2025-01-01\n", 1, "missing column 'article'")]
    [InlineData("article,published,Article\na,2025-01-01,a\n", 1, "appears twice")]
    [InlineData("article,published\na,15/10/2025\n", 2, "not a date")]
    [InlineData("article,published\na,2025-01-01\nb,2025-13-01\n", 3, "not a date")]
    [InlineData("article,published\na,\n", 2, "not a date")]
    [InlineData("article,published\na,2025-01-01\nb,2025-01-02\na,2025-01-03\n", 4, "duplicate article 'a' (first on line 2)")]
    [InlineData("article,published\na,2025-01-01,extra\n", 2, "expected 2 fields, found 3")]
    [InlineData("article,published\na\n", 2, "expected 2 fields, found 1")]
    [InlineData("article,published\n,2025-01-01\n", 2, "empty article")]
    [InlineData("article,published\n../x,2025-01-01\n", 2, "file name")]
    [InlineData("article,published,published_is_estimate\na,2025-01-01,maybe\n", 2, "yes or no")]
    [InlineData("article,title,published\na,\"x\ny\",2025-01-01\nb,\"z\",2025-02-30\n", 4, "not a date")]
    // An unterminated quote runs to the end of the file: the error names the line where it opens.
    [InlineData("article,title,published\na,x,2025-01-01\nb,\"open,2025-01-02\nc,y,2025-01-03\n", 3, "")]
    public void Bad_manifests_name_file_and_line(string csv, int line, string message)
    {
        var e = Assert.Throws<AnalysisKitException>(() => Parse(csv));
        Assert.Equal("m.csv", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_missing_manifest_file_is_named()
    {
        var e = Assert.Throws<AnalysisKitException>(() => ManifestReader.Read("/no/such/manifest.csv"));
        Assert.Equal("/no/such/manifest.csv", e.File);
    }

    [Fact]
    public void Invalid_utf8_in_a_manifest_names_its_line()
    {
        using var dir = new TempFolder();
        string path = dir.Bytes("manifest.csv", [.. "article,published\na,2025-01-01\n"u8, 0xC3, 0x28, .. ",2025-01-01\n"u8]);
        var e = Assert.Throws<AnalysisKitException>(() => ManifestReader.Read(path));
        Assert.Equal((path, 3), (e.File, e.Line));
    }
}
