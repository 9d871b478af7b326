using AnalysisKit.Articles;
using AnalysisKit.Charts;
using AnalysisKit.Claims;
using AnalysisKit.Interactive;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Interactive;

public class AnalysisTests
{
    private static readonly Analysis Seeds = Analysis.FromGold(
        Path.Combine(TestPaths.Seeds, "claims.gold.csv"), Path.Combine(TestPaths.Seeds, "manifest.csv"));

    [Fact]
    public void Gold_claims_get_their_articles_publication_dates()
    {
        Assert.All(Seeds.Claims.Claims, c => Assert.NotNull(c.Published));
        Assert.True(Assert.Single(Seeds.Cumulative.Rows, e => e.Quote == "may reach as many as 300,000").IsProjection);
    }

    [Fact]
    public void Loading_a_folder_reads_its_articles_and_extracts_their_claims()
    {
        var kit = Analysis.Load(TestPaths.Seeds, Path.Combine(TestPaths.Seeds, "manifest.csv"));
        Assert.Equal(5, kit.Articles.Count);
        Assert.NotEmpty(kit.Claims.Claims);
        Assert.All(kit.Claims.Claims, c => Assert.NotNull(c.Sentence));
        Assert.Equal(kit.Claims.Count, kit.Claims.Claims.Count);
        Assert.StartsWith("5 articles, ", kit.ToString());
    }

    [Fact]
    public void A_two_megabyte_article_gives_tables_that_grow_with_it_and_a_notebook_display_of_bounded_size()
    {
        // The seeds' text over and over, every figure different, as one article: many estimates and
        // rates of one basis whose months overlap.
        var seeds = ArticleLoader.LoadFolder(TestPaths.Seeds);
        var random = new Random(7);
        var text = new System.Text.StringBuilder();
        while (text.Length < 2_000_000)
            foreach (var article in seeds)
                text.Append(System.Text.RegularExpressions.Regex.Replace(article.Text, @"(?<=\d)\d", _ => random.Next(10).ToString())).Append("\n\n");
        var claims = ClaimExtractor.Default.Extract(ArticleLoader.FromText(text.ToString(), new ManifestEntry("big", "outlet", "", new DateOnly(2025, 11, 1), false)));
        var kit = Analysis.FromClaims(claims);

        Assert.True(kit.Cumulative.Count > 500, kit.ToString());
        var sources = kit.Monthly.Rows.Select(f => f.Source).Distinct().Count();
        Assert.InRange(kit.Cumulative.Consistency.Count, 1, (sources + 1) * kit.Cumulative.Count);
        foreach (ITable table in new ITable[] { kit.Claims, kit.Monthly, kit.Amnesty, kit.Cumulative, kit.Cumulative.Spread, kit.Cumulative.Consistency })
            Assert.All(Formats.Render(table).Values, shown => Assert.InRange(shown.Length, 1, 250_000));
    }

    [Fact]
    public void The_summary_counts_every_table() =>
        Assert.Equal("25 claims: 18 monthly figures, 2 amnesty figures, 11 cumulative estimates (10 spreads, 8 consistency checks)", Seeds.ToString());

    [Fact]
    public void Category_charts_get_a_row_of_height_per_category_and_others_the_report_size()
    {
        // Persons and cases in two panels, with the style legend above them.
        Assert.Equal(HouseStyle.ReportSize.Height + 100, MonthlyFiguresChart.Create(Seeds.Monthly).Layout.Height);
        Assert.Null(MonthlyFiguresChart.Create(Seeds.Monthly with { Rows = Seeds.Monthly.Rows.Where(r => r.Unit == AnalysisKit.Recognition.CountUnit.Persons).ToArray() }).Layout.Height);
        // Eight bases (one holds only a projection) and eleven estimates: nineteen rows, two lines where a source name wraps.
        var spread = CumulativeSpreadChart.Create(Seeds.Cumulative);
        var labels = spread.Data[0].Y.OfType<string>().ToList();
        Assert.Equal(19, labels.Count);
        Assert.Equal((int)(300 + 19 * CumulativeSpreadChart.RowPitch(labels)), spread.Layout.Height);
    }

    [Fact]
    public async Task Export_writes_each_chart_as_html_and_with_a_browser_as_svg_and_png()
    {
        var directory = Directory.CreateTempSubdirectory("analysiskit-export-");
        try
        {
            var result = await Analysis.ExportAsync(directory.FullName, ("amnesty", AmnestyChart.Create(Seeds.Amnesty)));
            var expected = ChartExporter.FindBrowser() is null ? new[] { "plotly.min.js", "amnesty.html" } : ["plotly.min.js", "amnesty.html", "amnesty.svg", "amnesty.png"];
            Assert.Equal(expected, result.Files.Select(Path.GetFileName));
            Assert.Equal(expected.Order(), directory.GetFiles().Select(f => f.Name).Order());
            Assert.Contains("Returns to the Ukrainian army under the voluntary-return amnesty", File.ReadAllText(Path.Combine(directory.FullName, "amnesty.html")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Export_without_images_writes_html_only_and_no_hint()
    {
        var directory = Directory.CreateTempSubdirectory("analysiskit-export-");
        try
        {
            var result = await Analysis.ExportAsync(directory.FullName, images: false, ("amnesty", AmnestyChart.Create(Seeds.Amnesty)));
            Assert.Equal(["plotly.min.js", "amnesty.html"], result.Files.Select(Path.GetFileName));
            Assert.Equal(["amnesty.html", "plotly.min.js"], directory.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
            Assert.Null(result.Hint);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
    public static TheoryData<string, string, int> GoldFolders => new()
    {
        { "seeds", "claims.gold.csv", 25 },
        { "tests/AnalysisKit.Tests/Claims/Fixtures", "gold.csv", 48 },
    };

    [Theory]
    [MemberData(nameof(GoldFolders))]
    public void A_folders_gold_is_its_claims_gold_csv_or_gold_csv(string folder, string goldFile, int claims)
    {
        var directory = Path.Combine(TestPaths.RepoRoot, folder);
        var gold = Analysis.LoadGold(directory);
        Assert.Equal(claims, gold.Count);
        Assert.Equal(GoldTable.Read(Path.Combine(directory, goldFile)), gold);
    }

    [Fact]
    public void A_folder_without_a_gold_file_has_no_gold() =>
        Assert.Empty(Analysis.LoadGold(Path.Combine(TestPaths.RepoRoot, "docs")));

    [Fact]
    public void Csv_export_writes_each_table_under_its_name_into_a_new_folder()
    {
        var directory = Directory.CreateTempSubdirectory("analysiskit-export-");
        try
        {
            var outDir = Path.Combine(directory.FullName, "charts");
            var result = Analysis.ExportCsv(outDir, ("amnesty", Seeds.Amnesty), ("spread", Seeds.Cumulative.Spread));
            Assert.Equal([Path.Combine(outDir, "amnesty.csv"), Path.Combine(outDir, "spread.csv")], result.Files);
            Assert.Equal(Seeds.Amnesty.ToCsv(), File.ReadAllText(Path.Combine(outDir, "amnesty.csv")));
            Assert.Equal(Seeds.Cumulative.Spread.ToCsv(), File.ReadAllText(Path.Combine(outDir, "spread.csv")));
            Assert.Equal("wrote amnesty.csv, spread.csv", result.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
