using System.Text.Json;
using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

[Collection(NotebookRuns.Name)]
public class MimeFormatterTests(ExecutorFixture fixture)
{
    [Fact]
    public void A_type_with_a_convention_formatter_source_gets_its_preferred_mime_types_and_plain_text()
    {
        var bundle = new MimeFormatter().Format(new FigureLike("Deserters"));

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], bundle.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, bundle["application/vnd.plotly.v1+json"].ValueKind);
        Assert.Equal("Deserters", bundle["application/vnd.plotly.v1+json"].GetProperty("layout").GetProperty("title").GetString());
        Assert.Equal("<div>Deserters</div>", bundle["text/html"].GetString());
        Assert.Equal("Figure: Deserters", bundle["text/plain"].GetString());
    }

    [Fact]
    public void A_derived_type_inherits_its_base_types_formatters()
    {
        var bundle = new MimeFormatter().Format(new DerivedFigure("d"));
        Assert.Equal("<div>d</div>", bundle["text/html"].GetString());
    }

    [Fact]
    public void Without_preferred_mime_types_every_formatter_is_used_and_a_text_formatter_beats_ToString()
    {
        var bundle = new MimeFormatter().Format(new TableLike(3));
        Assert.Equal(["text/html", "text/plain"], bundle.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("<table data-rows=\"3\"></table>", bundle["text/html"].GetString());
        Assert.Equal("3 rows", bundle["text/plain"].GetString());
    }

    [Theory]
    [InlineData(42, "42")]
    [InlineData("text", "text")]
    [InlineData(null, "<null>")]
    [InlineData(2.5, "2.5")]
    public void Other_values_are_plain_text(object? value, string text)
    {
        var bundle = new MimeFormatter().Format(value);
        Assert.Equal(text, Assert.Single(bundle).Value.GetString());
    }

    [Fact]
    public void A_long_sequence_shows_its_first_twenty_items()
    {
        var bundle = new MimeFormatter().Format(Enumerable.Range(1, 25).ToList());
        Assert.Equal("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, ... (5 more)]", bundle["text/plain"].GetString());
    }

    [Fact]
    public async Task A_figure_displayed_in_a_cell_carries_its_plotly_json_as_an_object()
    {
        var tests = typeof(FigureLike).Assembly.Location;
        var result = await fixture.RunAsync(TestNotebooks.CSharp(
            $"#r \"{tests}\"\nusing AnalysisKit.Cli.Tests.Notebooks;",
            "display(new FigureLike(\"a\"));\nnew TableLike(2)"));

        Assert.True(result.Succeeded, result.Failure?.Message);
        var outputs = result.Notebook.Cells[1].Outputs;
        Assert.Equal(JsonValueKind.Object, outputs[0].Data!["application/vnd.plotly.v1+json"].ValueKind);
        Assert.Equal("<table data-rows=\"2\"></table>", outputs[1].TextOf("text/html"));
        Assert.Contains("\"application/vnd.plotly.v1+json\": {", NotebookSerializer.Serialize(result.Notebook));
    }
}
