using AnalysisKit.Charts;
using AnalysisKit.Cli.Export;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Export;

[Collection(NotebookRuns.Name)]
public class FigureExporterTests
{
    private static readonly FigureToExport[] Figures =
        [new("a-1", """{"data":[],"layout":{}}"""), new("a-2", """{"data":[{"type":"bar"}],"layout":{}}""")];

    [Fact]
    public async Task All_figures_go_to_the_writer_in_one_batch_and_their_pngs_come_back_in_order()
    {
        var writer = new FakeChartWriter(browser: true);
        var report = await new FigureExporter(writer).ExportAsync(Figures, TestNotebooks.TempFolder(), default);

        Assert.Single(writer.Batches);
        Assert.Equal([FakeChartWriter.PngOf("a-1"), FakeChartWriter.PngOf("a-2")], report.Pngs!);
        Assert.False(report.ImagesSkipped);
    }

    [Fact]
    public async Task Without_a_browser_images_are_skipped_with_the_hint()
    {
        var report = await new FigureExporter(new FakeChartWriter(browser: false)).ExportAsync(Figures, TestNotebooks.TempFolder(), default);

        Assert.True(report.ImagesSkipped);
        Assert.Equal(ExportResult.NoBrowserHint, report.Hint);
    }

    [Fact]
    public async Task No_figures_need_no_writer_and_skip_nothing()
    {
        var writer = new FakeChartWriter(browser: false);
        var report = await new FigureExporter(writer).ExportAsync([], TestNotebooks.TempFolder(), default);

        Assert.Empty(writer.Batches);
        Assert.False(report.ImagesSkipped);
    }
}
