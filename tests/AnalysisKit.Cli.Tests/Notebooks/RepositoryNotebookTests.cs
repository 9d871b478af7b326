using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>The notebooks the repository ships, as a user opens them: ids, format and the documents they point to.</summary>
public class RepositoryNotebookTests
{
    private static readonly string Root = FindRepoRoot();

    public static TheoryData<string> Shipped() =>
        [.. Directory.GetFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    private static Notebook Read(string name)
    {
        var path = Path.Combine(Root, "notebooks", name);
        return NotebookSerializer.Parse(File.ReadAllText(path), path);
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Each_shipped_notebook_is_nbformat_4_5_with_a_unique_id_on_every_cell(string name)
    {
        var notebook = Read(name);
        Assert.Equal((4, 5), (notebook.Format, notebook.FormatMinor));
        var ids = notebook.Cells.Select(c => c.Id).ToList();
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(Shipped))]
    public void Each_document_a_notebook_links_exists_in_the_repository(string name)
    {
        var links = Read(name).Cells.Where(c => c.CellType == NotebookCell.Markdown)
            .SelectMany(c => System.Text.RegularExpressions.Regex.Matches(c.Source, @"`?((?:\.\./)?(?:docs|spec|seeds)/[\w./-]+\.\w+)`?").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.All(links, link => Assert.True(
            File.Exists(Path.Combine(Root, "notebooks", link)) || File.Exists(Path.Combine(Root, link)), $"{name} points to {link}, which is not in the repository"));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
