using System.Buffers.Binary;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class ChartExporterTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task One_call_renders_each_figure_as_svg_and_a_png_of_width_times_scale()
    {
        var exporter = new ChartExporter(ChartExporter.FindBrowser()!);
        var options = new ImageOptions { Width = 640, Height = 400, Scale = 1.5 };

        var images = await exporter.RenderAsync([TestCharts.LineWithProvenance.ToJson(), TestCharts.GroupedBarsWithErrors.ToJson()], options);

        Assert.Equal(2, images.Count);
        Assert.All(images, image =>
        {
            Assert.StartsWith("<svg", image.Svg);
            Assert.Equal(PngSignature, image.Png[..8]);
            Assert.Equal((960, 600), PngSize(image.Png));
        });
        Assert.Contains("Monthly AWOL cases", images[0].Svg);
        Assert.DoesNotContain("Monthly AWOL cases", images[1].Svg);
    }

    [BrowserFact]
    public async Task A_figure_plotly_cannot_draw_is_an_error_naming_the_figure()
    {
        var exporter = new ChartExporter(ChartExporter.FindBrowser()!);

        var error = await Assert.ThrowsAsync<AnalysisKitException>(() =>
            exporter.RenderAsync([TestCharts.DashedSteps.ToJson(), """{"data":[null]}"""], new ImageOptions()));

        Assert.Equal("figure 2 of 2: script failed in Chromium: TypeError: Cannot read properties of null (reading 'type')", error.Message);
    }

    [BrowserFact]
    public async Task A_figure_too_large_to_draw_is_an_error_naming_the_figure_not_an_empty_png()
    {
        var exporter = new ChartExporter(ChartExporter.FindBrowser()!);
        // Past Chromium's canvas limit (32,767 px a side) the PNG encodes as nothing.
        var tall = """{"data":[{"type":"bar","x":["a"],"y":[1]}],"layout":{"height":40000}}""";

        var error = await Assert.ThrowsAsync<AnalysisKitException>(() =>
            exporter.RenderAsync([TestCharts.DashedSteps.ToJson(), tall], new ImageOptions()));

        Assert.StartsWith("figure 2 of 2: the PNG came out empty", error.Message);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"data\":[] </script>")]
    public async Task Figure_json_is_checked_before_any_browser_starts(string json)
    {
        var exporter = new ChartExporter("/no/such/browser");

        var error = await Assert.ThrowsAsync<AnalysisKitException>(() => exporter.RenderAsync(["{}", json], new ImageOptions()));

        Assert.StartsWith("figure 2:", error.Message);
    }

    [Fact]
    public async Task Nothing_to_render_starts_no_browser()
    {
        var images = await new ChartExporter("/no/such/browser").RenderAsync([], new ImageOptions());

        Assert.Empty(images);
    }

    [Fact]
    public async Task A_browser_that_is_missing_is_an_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<AnalysisKitException>(() =>
            new ChartExporter("/no/such/browser").RenderAsync(["{}"], new ImageOptions()));

        Assert.Equal("/no/such/browser", error.File);
    }

    [Fact]
    public async Task A_program_that_exits_without_a_devtools_port_is_a_clear_error()
    {
        if (!File.Exists("/bin/false"))
        {
            return;
        }

        var error = await Assert.ThrowsAsync<AnalysisKitException>(() =>
            new ChartExporter("/bin/false").RenderAsync(["{}"], new ImageOptions()));

        Assert.Contains("Chromium exited before it opened the DevTools port", error.Message);
    }

    public static TheoryData<string?, string[], string?> Browsers => new()
    {
        // ANALYSISKIT_CHROMIUM, files present in the PATH folder, expected file name
        { "custom-chrome", ["chromium", "google-chrome"], "custom-chrome" },
        { null, ["google-chrome", "chromium-browser", "chromium"], "chromium" },
        { null, ["google-chrome", "chromium-browser"], "chromium-browser" },
        { null, ["google-chrome"], "google-chrome" },
        { "missing-file", ["google-chrome"], "google-chrome" },
        { null, ["firefox"], null },
    };

    [Theory]
    [MemberData(nameof(Browsers))]
    public void The_browser_is_the_variable_then_chromium_chromium_browser_google_chrome_on_path(string? variable, string[] onPath, string? expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("analysiskit-path-").FullName;
        try
        {
            foreach (var name in onPath.Append("custom-chrome"))
            {
                File.WriteAllText(Path.Combine(folder, name), "");
            }

            var found = ChartExporter.FindBrowser(variable is null ? null : Path.Combine(folder, variable), $"/no/such/dir{Path.PathSeparator}{folder}");

            Assert.Equal(expected, found is null ? null : Path.GetFileName(found));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
