using AnalysisKit.Charts;
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
            var expected = ChartExporter.FindBrowser() is null ? new[] { "amnesty.html" } : ["amnesty.html", "amnesty.svg", "amnesty.png"];
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
            Assert.Equal(["amnesty.html"], result.Files.Select(Path.GetFileName));
            Assert.Equal(["amnesty.html"], directory.GetFiles().Select(f => f.Name));
            Assert.Null(result.Hint);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
