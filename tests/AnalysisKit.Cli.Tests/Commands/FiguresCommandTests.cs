using AnalysisKit.Cli.Commands;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

[Collection(NotebookRuns.Name)]
public class FiguresCommandTests
{
    [Fact]
    public void The_notebooks_of_a_folder_are_run_in_name_order()
    {
        var folder = TestNotebooks.TempFolder();
        foreach (var name in new[] { "02-b.ipynb", "10-c.ipynb", "01-a.ipynb", "notes.md" })
            File.WriteAllText(Path.Combine(folder, name), "{}");

        Assert.Equal(["01-a.ipynb", "02-b.ipynb", "10-c.ipynb"], FiguresCommand.NotebooksIn(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_folder_or_one_without_notebooks_is_an_error()
    {
        var empty = TestNotebooks.TempFolder();
        Assert.Contains("no .ipynb notebooks", Assert.Throws<AnalysisKitException>(() => FiguresCommand.NotebooksIn(empty)).Message);
        Assert.Contains("no such folder", Assert.Throws<AnalysisKitException>(() => FiguresCommand.NotebooksIn(Path.Combine(empty, "x"))).Message);
    }

    [Fact]
    public void A_review_file_goes_to_the_notebooks_as_an_absolute_reviewPath_and_a_missing_one_is_an_error()
    {
        var folder = TestNotebooks.TempFolder();
        var review = Path.Combine(folder, "review.csv");
        File.WriteAllText(review, "article,quote,action\n");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, review);

        Assert.Equal([$"reviewPath={review}"], FiguresCommand.ReviewParameter(relative));
        Assert.Empty(FiguresCommand.ReviewParameter(null));
        var missing = Assert.Throws<AnalysisKitException>(() => FiguresCommand.ReviewParameter(Path.Combine(folder, "none.csv")));
        Assert.Equal($"{Path.Combine(folder, "none.csv")}: review file not found", missing.ToOneLine());
    }

    [Fact]
    public async Task The_command_line_passes_repeated_parameters_and_the_timeout_to_the_run()
    {
        var notebook = TestNotebooks.CSharp() with
        {
            Cells = [TestNotebooks.Code("var a = 1;\nvar b = 1;").Tagged("parameters"), TestNotebooks.Code("a * b")],
        };
        var path = TestNotebooks.Save(notebook);
        var outFolder = TestNotebooks.TempFolder();
        var root = new System.CommandLine.RootCommand();
        foreach (var verb in Verbs.All())
            root.Subcommands.Add(verb);

        var code = await root.Parse(["run", path, "-p", "a=6", "-p", "b=7", "--timeout", "30", "--out", outFolder]).InvokeAsync();

        Assert.Equal(0, code);
        var executed = Cli.Notebooks.NotebookSerializer.Parse(File.ReadAllText(Path.Combine(outFolder, "notebooks", "test.ipynb")), "x");
        Assert.Equal("42", executed.Cells[2].Outputs.Single().PlainText());
    }
}
