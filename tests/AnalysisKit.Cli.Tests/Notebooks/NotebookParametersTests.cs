using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

[Collection(NotebookRuns.Name)]
public class NotebookParametersTests(ExecutorFixture fixture)
{
    private const string Defaults = "var name = \"seeds\";\nint count = 3;\nvar ratio = 0.5;\nvar verbose = false;\nvar offset = -2;";

    private static Notebook WithParameters() => TestNotebooks.CSharp("var before = 1;", Defaults, "$\"{name}|{count}|{ratio}|{verbose}|{offset}\"")
        with
        { Cells = [TestNotebooks.Code("var before = 1;"), TestNotebooks.Code(Defaults).Tagged("parameters"), TestNotebooks.Code("$\"{name}|{count}|{ratio}|{verbose}|{offset}\"")] };

    [Fact]
    public void The_parameters_cell_declares_names_typed_by_their_declarations()
    {
        Assert.Equal(
            [("name", ParameterType.String), ("count", ParameterType.Int), ("ratio", ParameterType.Double), ("verbose", ParameterType.Bool), ("offset", ParameterType.Int)],
            NotebookParameters.Declared(WithParameters()).Select(d => (d.Name, d.Type!.Value)));
    }

    [Fact]
    public async Task Values_are_injected_typed_in_a_cell_after_the_parameters_cell_and_win()
    {
        var injected = NotebookParameters.Inject(WithParameters(),
            [new("name", "say \"hi\"\n"), new("count", "7"), new("ratio", "2"), new("verbose", "True"), new("offset", "-5")], "n.ipynb");

        var cell = injected.Cells[2];
        Assert.Equal(["injected-parameters"], cell.Tags);
        Assert.Equal(
            "// Parameters injected by analysiskit run\nstring name = \"say \\\"hi\\\"\\n\";\nint count = 7;\ndouble ratio = 2d;\nbool verbose = true;\nint offset = -5;",
            cell.Source);
        Assert.Equal("""{"name":"say \u0022hi\u0022\n","count":7,"ratio":2,"verbose":true,"offset":-5}""",
            injected.Metadata[RunMetadata.Key].GetProperty("parameters").GetRawText());

        var result = await fixture.RunAsync(injected);
        Assert.Equal("say \"hi\"\n|7|2|True|-5", result.Notebook.Cells[3].Outputs.Single().PlainText());
    }

    [Fact]
    public void Injecting_again_replaces_the_earlier_injected_cell()
    {
        var once = NotebookParameters.Inject(WithParameters(), [new("count", "1")], "n.ipynb");
        var twice = NotebookParameters.Inject(once, [new("count", "2")], "n.ipynb");

        Assert.Equal(4, twice.Cells.Count);
        Assert.EndsWith("int count = 2;", twice.Cells[2].Source);
    }

    [Fact]
    public void Without_values_the_notebook_keeps_its_cells()
    {
        Assert.Equal(3, NotebookParameters.Inject(WithParameters(), [], "n.ipynb").Cells.Count);
    }

    [Theory]
    [InlineData("colour", "blue", "-p colour: unknown parameter; the parameters cell declares name, count, ratio, verbose, offset")]
    [InlineData("count", "many", "-p count=many: not an int (the parameters cell declares 'int count = 3')")]
    [InlineData("ratio", "NaN", "-p ratio=NaN: not a finite number")]
    [InlineData("verbose", "yes", "-p verbose=yes: not true or false")]
    public void An_unknown_name_or_a_value_of_the_wrong_type_is_an_error_naming_the_notebook(string name, string value, string message)
    {
        var error = Assert.Throws<AnalysisKitException>(() => NotebookParameters.Inject(WithParameters(), [new(name, value)], "n.ipynb"));
        Assert.Equal("n.ipynb", error.File);
        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("a=b", "a", "b")]
    [InlineData("path=x=y", "path", "x=y")]
    [InlineData("empty=", "empty", "")]
    public void An_argument_splits_at_its_first_equals_sign(string argument, string name, string value)
    {
        Assert.Equal(new KeyValuePair<string, string>(name, value), NotebookParameters.ParseArgument(argument));
    }

    [Fact]
    public void An_argument_without_a_name_is_an_error()
    {
        Assert.Throws<AnalysisKitException>(() => NotebookParameters.ParseArgument("=x"));
    }
}
