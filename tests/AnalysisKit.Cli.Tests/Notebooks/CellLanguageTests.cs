using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

public class CellLanguageTests
{
    public static TheoryData<string, string> OtherLanguageCells => new()
    {
        { """{"polyglot_notebook": {"kernelName": "fsharp"}}""", "1 + 1" },
        { """{"dotnet_interactive": {"language": "pwsh"}}""", "Get-Date" },
        { """{"polyglot_notebook": {"kernelName": "csharp"}}""", "#!javascript\nconsole.log(1)" },
    };

    [Theory]
    [MemberData(nameof(OtherLanguageCells))]
    public void A_cell_of_another_language_is_an_error_naming_the_cell_and_its_kernel(string metadata, string source)
    {
        var other = TestNotebooks.Code(source) with { Metadata = TestNotebooks.Json(metadata).EnumerateObject()
            .Aggregate(TestNotebooks.Code("").Metadata.Clear(), (m, p) => m.SetItem(p.Name, p.Value)) };
        var notebook = TestNotebooks.CSharp("1") with { Cells = [TestNotebooks.Code("1"), other] };

        var error = Assert.Throws<AnalysisKitException>(() => CellLanguage.RequireCSharp(notebook, "n.ipynb"));
        Assert.Equal("n.ipynb", error.File);
        Assert.Matches(@"^cell 2 is a '(fsharp|pwsh|javascript)' cell; analysiskit runs C# cells only$", error.Message);
    }

    [Fact]
    public void A_cell_without_kernel_metadata_takes_the_notebooks_default_kernel()
    {
        var fsharp = TestNotebooks.CSharp() with
        {
            Cells = [new NotebookCell { CellType = NotebookCell.Code, Source = "1" }],
            Metadata = TestNotebooks.CSharp().Metadata.Clear().SetItem("kernelspec", TestNotebooks.Json("""{"name": ".net-fsharp", "language": "F#"}""")),
        };
        var csharp = fsharp with { Metadata = fsharp.Metadata.Clear() };

        Assert.Throws<AnalysisKitException>(() => CellLanguage.RequireCSharp(fsharp, "n.ipynb"));
        CellLanguage.RequireCSharp(csharp, "n.ipynb");
    }

    [Theory]
    [InlineData("#!csharp\n1")]
    [InlineData("#!C#\n1")]
    [InlineData("// a comment\n1")]
    public void A_csharp_cell_passes(string source)
    {
        CellLanguage.RequireCSharp(TestNotebooks.CSharp(source), "n.ipynb");
    }
}
