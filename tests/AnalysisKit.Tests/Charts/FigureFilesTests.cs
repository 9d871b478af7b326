using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public sealed class FigureFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("analysiskit-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Without_a_browser_html_is_written_with_a_one_line_hint()
    {
        var result = await FigureFiles.WriteWithAsync(_folder, [("monthly", TestCharts.LineWithProvenance.ToJson())], new ImageOptions(), browser: null, CancellationToken.None);

        Assert.Equal(["monthly.html", FigureHtml.SharedScriptName], Listing());
        Assert.Equal([Path.Combine(_folder, FigureHtml.SharedScriptName), Path.Combine(_folder, "monthly.html")], result.Files);
        Assert.Equal("PNG/SVG skipped: install Chromium (apt-get install chromium) or set ANALYSISKIT_CHROMIUM", result.Hint);
    }

    [BrowserFact]
    public async Task With_a_browser_each_figure_gets_html_svg_and_png_and_no_temporary_file_remains()
    {
        var result = await Chart.ExportAsync(_folder, ("line", TestCharts.LineWithProvenance), ("bars", TestCharts.GroupedBarsWithErrors));

        Assert.Equal(["bars.html", "bars.png", "bars.svg", "line.html", "line.png", "line.svg", FigureHtml.SharedScriptName], Listing());
        Assert.Null(result.Hint);
        Assert.Equal(7, result.Files.Count);
    }

    [Fact]
    public async Task Pages_written_to_a_folder_share_one_plotly_script_there()
    {
        var line = TestCharts.LineWithProvenance.ToJson();
        await FigureFiles.WriteWithAsync(_folder, [("a", line), ("b", line)], new ImageOptions(), browser: null, CancellationToken.None);
        // A later export into the same folder (a notebook's next cell) uses the same copy.
        await FigureFiles.WriteWithAsync(_folder, [("c", line)], new ImageOptions(), browser: null, CancellationToken.None);

        var script = File.ReadAllText(Path.Combine(_folder, FigureHtml.SharedScriptName));
        Assert.True(script.Length > 1_000_000, "plotly.js is written beside the pages");
        foreach (var page in new[] { "a", "b", "c" })
        {
            var html = File.ReadAllText(Path.Combine(_folder, page + ".html"));
            Assert.Equal(FigureHtml.Page(line, page, FigureHtml.SharedScriptName), html);
            Assert.Contains($"<script src=\"{FigureHtml.SharedScriptName}\"></script>", html);
            Assert.InRange(html.Length, 1, 100_000);
        }
        Assert.Contains(script, FigureHtml.Page(line, "alone"));
    }

    [Fact]
    public async Task The_html_page_is_the_figure_page()
    {
        var figure = TestCharts.LineWithProvenance;

        await FigureFiles.WriteWithAsync(_folder, [("monthly", figure.ToJson())], new ImageOptions(), browser: null, CancellationToken.None);

        Assert.Equal(FigureHtml.Page(figure.ToJson(), "monthly", FigureHtml.SharedScriptName), File.ReadAllText(Path.Combine(_folder, "monthly.html")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("a\0b")]
    public async Task A_name_that_is_not_a_plain_file_name_is_refused_before_writing(string name)
    {
        await Assert.ThrowsAsync<AnalysisKitException>(() =>
            FigureFiles.WriteWithAsync(_folder, [("fine", "{}"), (name, "{}")], new ImageOptions(), browser: null, CancellationToken.None));

        Assert.Empty(Listing());
    }

    [Fact]
    public async Task Two_figures_with_one_name_are_refused_before_writing()
    {
        var error = await Assert.ThrowsAsync<AnalysisKitException>(() =>
            FigureFiles.WriteWithAsync(_folder, [("Monthly", "{}"), ("monthly", "{}")], new ImageOptions(), browser: null, CancellationToken.None));

        Assert.Contains("'Monthly'", error.Message);
        Assert.Empty(Listing());
    }

    private string[] Listing() =>
        Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
}
