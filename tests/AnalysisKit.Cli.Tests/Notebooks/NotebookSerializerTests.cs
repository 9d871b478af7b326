using System.Text.Json;
using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

public class NotebookSerializerTests
{
    [Fact]
    public void A_polyglot_notebook_round_trips_to_the_exact_approved_text()
    {
        var approved = Fixture.Text("polyglot.approved.ipynb");
        var notebook = NotebookSerializer.Parse(approved, "polyglot.approved.ipynb");
        Assert.Equal(approved, NotebookSerializer.Serialize(notebook));
    }

    [Fact]
    public void Sources_and_texts_stored_as_strings_are_written_as_arrays_of_lines()
    {
        var notebook = NotebookSerializer.Parse(Fixture.Text("polyglot-strings.ipynb"), "polyglot-strings.ipynb");
        Assert.Equal(Fixture.Text("polyglot.approved.ipynb"), NotebookSerializer.Serialize(notebook));
    }

    [Fact]
    public void Reading_joins_lines_and_keeps_fields_the_model_does_not_know()
    {
        var notebook = NotebookSerializer.Parse(Fixture.Text("polyglot.approved.ipynb"), "n.ipynb");
        var outputsCell = notebook.Cells[2];
        Assert.Equal("#!csharp\ndisplay(1);\n42", outputsCell.Source);
        Assert.Equal(["parameters"], notebook.Cells[1].Tags);
        Assert.Equal("line one\nline two\n", outputsCell.Outputs[0].Text);
        var figure = outputsCell.Outputs[1];
        Assert.Equal("<div>\n  <b>figure</b>\n</div>", figure.TextOf("text/html"));
        Assert.Equal(JsonValueKind.Object, figure.Data!["application/vnd.plotly.v1+json"].ValueKind);
        Assert.True(figure.Extra.ContainsKey("transient"));
        Assert.True(notebook.Cells[0].Extra.ContainsKey("attachments"));
        Assert.True(notebook.Extra.ContainsKey("x_extension_field"));
        Assert.Equal("me", notebook.Metadata["unknown_tool"].GetProperty("keep").GetString());
    }

    public static TheoryData<string, string, int?> MalformedNotebooks => new()
    {
        { "{\n \"cells\": [\n  {,\n ]\n}", "not valid JSON", 3 },
        { "[]", "the top level is not a JSON object", null },
        { "{\"cells\": [], \"nbformat\": 3, \"metadata\": {}}", "nbformat 3 is not supported (need 4)", null },
        { "{\"cells\": [], \"metadata\": {}}", "no 'nbformat' number", null },
        { "{\"nbformat\": 4, \"metadata\": {}}", "no 'cells' array", null },
        { "{\"nbformat\": 4, \"cells\": [{\"source\": []}]}", "cell 1 has no 'cell_type'", null },
        { "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": [1]}]}", "cell 1 'source' is neither a string nor an array of strings", null },
    };

    [Theory]
    [MemberData(nameof(MalformedNotebooks))]
    public void A_malformed_notebook_is_an_error_naming_the_file_and_the_json_line_when_known(string json, string message, int? line)
    {
        var error = Assert.Throws<AnalysisKitException>(() => NotebookSerializer.Parse(json, "bad.ipynb"));
        Assert.Equal("bad.ipynb", error.File);
        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Line);
    }
}
