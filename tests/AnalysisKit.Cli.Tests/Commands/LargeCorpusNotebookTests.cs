using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Cli.Export;
using AnalysisKit.Cli.Tests.Export;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

/// <summary>
/// The analysis notebooks on a generated 10 MB corpus (the seeds over and over as one article,
/// every digit after a figure's first changed, so thousands of different claims): each runs to
/// its end and its executed copy, figures and their PNGs included, stays under 1 MB.
/// </summary>
[Collection(NotebookRuns.Name)]
public class LargeCorpusNotebookTests
{
    private const int MostNotebookBytes = 1 << 20;

    [Fact]
    public async Task On_a_10_mb_corpus_the_analysis_notebooks_run_and_each_executed_copy_stays_under_1_mb()
    {
        var root = RepoRoot();
        var corpus = Corpus(root, 10_000_000);
        var browser = ChartExporter.FindBrowser();
        // Without a browser the notebooks hold no PNG, and the check would be weaker than CI's.
        Assert.False(browser is null && Environment.GetEnvironmentVariable("CI") == "true", "CI=true and no Chromium to render the notebooks' PNGs");
        var outFolder = TestNotebooks.TempFolder();
        // 01 shows capped tables only; the notebooks with large figures are these three.
        string[] names = ["02-monthly-figures", "03-amnesty-returns", "04-cumulative-spread"];
        var (output, error) = (new StringWriter(), new StringWriter());
        await using var charts = browser is null ? null : new PlotlyChartWriter();
        var request = new RunCommand.Request
        {
            Notebooks = names.Select(n => Path.Combine(root, "notebooks", n + ".ipynb")).ToList(),
            OutputFolder = outFolder,
            Parameters = [$"articlesDir={corpus}", $"manifestPath={Path.Combine(corpus, "manifest.csv")}"],
        };

        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(request, (IChartWriter?)charts ?? new FakeChartWriter(false), output, error, default), error);

        Assert.True(code == 0, $"exit {code}: {error}{output}");
        foreach (var name in names)
        {
            var size = new FileInfo(Path.Combine(outFolder, "notebooks", name + ".ipynb")).Length;
            Assert.True(size <= MostNotebookBytes, $"{name}.ipynb is {size:N0} bytes, over 1 MiB");
        }
        // The corpus is large for every chart: each says how much of the table it drew.
        Assert.Contains("Drawn: ", File.ReadAllText(Path.Combine(outFolder, "notebooks", "04-cumulative-spread.ipynb")));
    }

    private static string Corpus(string root, int characters)
    {
        var folder = TestNotebooks.TempFolder();
        var seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var random = new Random(7);
        using (var writer = new StreamWriter(Path.Combine(folder, "big.txt")))
        {
            var written = 0;
            while (written < characters)
                foreach (var text in seeds)
                {
                    var varied = Regex.Replace(text, @"(?<=\d)\d", _ => random.Next(10).ToString());
                    writer.Write(varied);
                    writer.Write("\n\n");
                    written += varied.Length + 2;
                }
        }
        File.WriteAllText(Path.Combine(folder, "manifest.csv"), "article,outlet,title,published\nbig,Generated outlet,A large generated corpus,2025-11-01\n");
        return folder;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
