using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Interactive;

namespace AnalysisKit.Cli.Tests.Jupyter;

/// <summary>
/// The check that catches drift between the kit's runner and what analysts run: the four
/// notebooks, unchanged, on the dotnet-interactive Jupyter kernel VS Code starts, driven by
/// nbclient with papermill's parameter injection, on two corpora.
/// </summary>
public class NotebooksOnTheJupyterKernelTests(JupyterRuns runs) : IClassFixture<JupyterRuns>
{
    private const string Figure = "figure", Table = "table";

    public static TheoryData<string> Corpora => [.. JupyterRuns.Corpora.Keys];

    /// <summary>Every cell that shows a figure or a table, and how many it shows.</summary>
    private static readonly (string Notebook, string Cell, string Kind, int Count)[] Displays =
    [
        ("01-claims", "claims", Table, 1),
        ("01-claims", "claims-frame", Table, 1),
        ("01-claims", "claims-per-source-and-metric", Table, 1),
        ("01-claims", "gold", Table, 1),
        ("01-claims", "score", Table, 2),
        ("01-claims", "per-article", Figure, 1),
        ("02-monthly-figures", "table", Table, 1),
        ("02-monthly-figures", "table-frame", Table, 1),
        ("02-monthly-figures", "chart", Figure, 1),
        ("03-amnesty-returns", "table", Table, 1),
        ("03-amnesty-returns", "table-frame", Table, 1),
        ("03-amnesty-returns", "chart", Figure, 1),
        ("04-cumulative-spread", "estimates", Table, 1),
        ("04-cumulative-spread", "estimates-frame", Table, 1),
        ("04-cumulative-spread", "spread", Table, 1),
        ("04-cumulative-spread", "spread-frame", Table, 1),
        ("04-cumulative-spread", "consistency", Table, 1),
        ("04-cumulative-spread", "consistency-frame", Table, 1),
        ("04-cumulative-spread", "spread-chart", Figure, 1),
        ("04-cumulative-spread", "timeline-chart", Figure, 1),
    ];

    public static TheoryData<string, string, string, string, int> DisplaysOnEachCorpus()
    {
        var data = new TheoryData<string, string, string, string, int>();
        foreach (var corpus in JupyterRuns.Corpora.Keys)
            foreach (var (notebook, cell, kind, count) in Displays)
                data.Add(corpus, notebook, cell, kind, count);
        return data;
    }

    [JupyterTheory]
    [InlineData(".NET (C#)", "C#")]
    public async Task The_kernelspec_is_the_one_VS_Code_lists_and_starts_dotnet_interactive(string displayName, string language)
    {
        var spec = (await runs.Get("seeds")).KernelSpec;
        Assert.Equal(displayName, spec.GetProperty("display_name").GetString());
        Assert.Equal(language, spec.GetProperty("language").GetString());
        Assert.Equal(["dotnet", "interactive", "jupyter"], spec.GetProperty("argv").EnumerateArray().Take(3).Select(a => a.GetString()));
    }

    [JupyterTheory]
    [MemberData(nameof(Corpora))]
    public async Task Every_notebook_runs_to_its_end_without_an_error(string corpus)
    {
        var run = await runs.Get(corpus);
        Assert.True(run.ExitCode == 0, $"run_notebooks.py exited {run.ExitCode}:\n{run.OutputTail}");
        foreach (var notebook in JupyterRuns.Notebooks)
            Assert.All(run.CodeCells(notebook), cell =>
            {
                Assert.True(cell.GetProperty("execution_count").ValueKind == JsonValueKind.Number, $"{notebook}: cell {Id(cell)} did not run");
                Assert.DoesNotContain(Outputs(cell), o => o.GetProperty("output_type").GetString() == "error");
            });
    }

    [JupyterTheory]
    [MemberData(nameof(Corpora))]
    public async Task Parameters_go_in_a_tagged_cell_right_after_the_parameters_cell_as_csharp_declarations(string corpus)
    {
        var run = await runs.Get(corpus);
        foreach (var notebook in JupyterRuns.Notebooks)
        {
            var cells = run.CodeCells(notebook).ToList();
            var parameters = cells.FindIndex(c => Tags(c).Contains("parameters"));
            Assert.True(parameters >= 0, $"{notebook} has no parameters cell");
            var injected = cells[parameters + 1];
            Assert.Equal(["injected-parameters"], Tags(injected));
            Assert.Contains($"var articlesDir = {JsonSerializer.Serialize(run.Corpus.ArticlesPath)};", Source(injected));
            Assert.Contains($"var exportImages = {(run.Corpus.ExportImages ? "true" : "false")};", Source(injected));
        }
    }

    [JupyterTheory]
    [MemberData(nameof(DisplaysOnEachCorpus))]
    public async Task Each_figure_cell_shows_plotly_json_and_each_table_cell_an_html_table(string corpus, string notebook, string cell, string kind, int count)
    {
        var run = await runs.Get(corpus);
        var shown = Outputs(run.Cell(notebook, cell)).Where(o => o.TryGetProperty("data", out _)).Select(o => o.GetProperty("data")).ToList();
        Assert.Equal(count, shown.Count);
        foreach (var data in shown)
            if (kind == Figure)
            {
                // The kernel sends the plotly JSON as a string; nbformat would also allow an object.
                var plotly = data.GetProperty(FigureFormatterSource.PlotlyMimeType);
                var figure = plotly.ValueKind == JsonValueKind.String ? JsonSerializer.Deserialize<JsonElement>(plotly.GetString()!) : plotly;
                Assert.NotEqual(0, figure.GetProperty("data").GetArrayLength());
                Assert.True(figure.GetProperty("layout").TryGetProperty("title", out _), $"{notebook}: {cell} figure has no title");
            }
            else
            {
                Assert.StartsWith("<table", Text(data.GetProperty("text/html")).TrimStart());
                // A Deedle frame shows as the kit's compact table (registered by Analysis), never the kernel's default tree.
                if (cell.EndsWith("frame", StringComparison.Ordinal) || cell == "claims-per-source-and-metric")
                    Assert.StartsWith("<table class=\"analysiskit-frame\">", Text(data.GetProperty("text/html")).TrimStart());
            }
    }

    [JupyterTheory]
    [MemberData(nameof(Corpora))]
    public async Task The_notebooks_export_their_tables_and_charts_to_outDir(string corpus)
    {
        var run = await runs.Get(corpus);
        string[] tables = ["claims", "monthly-figures", "amnesty-returns", "cumulative-estimates", "cumulative-spread", "cumulative-consistency"];
        string[] charts = ["monthly-figures", "amnesty-returns", "cumulative-spread", "cumulative-timeline"];
        string[] chartFormats = run.Corpus.ExportImages && ChartExporter.FindBrowser() is not null ? ["html", "svg", "png"] : ["html"];
        // The chart pages of a folder share its one plotly.min.js (FigureFiles).
        var expected = tables.Select(t => t + ".csv").Concat(charts.SelectMany(c => chartFormats.Select(f => $"{c}.{f}"))).Append("plotly.min.js");
        Assert.Equal(expected.Order(), Directory.GetFiles(run.OutDir).Select(Path.GetFileName).Order());
    }

    [JupyterTheory]
    [MemberData(nameof(Corpora))]
    public async Task The_exported_tables_are_the_ones_the_library_reads_from_that_corpus(string corpus)
    {
        var run = await runs.Get(corpus);
        var kit = Analysis.Load(run.Corpus.ArticlesPath, run.Corpus.ManifestFullPath);
        Assert.Equal(kit.Claims.ToCsv(), File.ReadAllText(Path.Combine(run.OutDir, "claims.csv")));
        Assert.Equal(kit.Monthly.ToCsv(), File.ReadAllText(Path.Combine(run.OutDir, "monthly-figures.csv")));
        Assert.Equal(kit.Amnesty.ToCsv(), File.ReadAllText(Path.Combine(run.OutDir, "amnesty-returns.csv")));
    }

    [JupyterTheory]
    [MemberData(nameof(Corpora))]
    public async Task No_kernel_outlives_its_notebook(string corpus)
    {
        var run = await runs.Get(corpus);
        Assert.Empty(run.LeftoverProcesses);
    }

    [JupyterTheory]
    [InlineData("Path.Combine(articlesDir, \"manifest.csv\")", "error CS0103: The name 'Path' does not exist in the current context")]
    [InlineData("throw new InvalidOperationException(\"no articles\");", "Error: System.InvalidOperationException: no articles")]
    public async Task A_failing_cell_fails_the_run_naming_the_notebook_its_cell_and_the_error(string source, string error)
    {
        // System.IO is not imported by the real kernel: the very drift from the kit's runner this check exists for.
        var notebook = Path.Combine(runs.TempFolder(), "failing.ipynb");
        File.WriteAllText(notebook, JsonSerializer.Serialize(new
        {
            cells = new object[]
            {
                new { cell_type = "code", id = "parameters", metadata = new { tags = new[] { "parameters" } }, source = "var articlesDir = \"../seeds\";", outputs = Array.Empty<object>(), execution_count = (int?)null },
                new { cell_type = "markdown", id = "note", metadata = new { }, source = "The next cell fails." },
                new { cell_type = "code", id = "fails", metadata = new { }, source, outputs = Array.Empty<object>(), execution_count = (int?)null },
                new { cell_type = "code", id = "never-runs", metadata = new { }, source = "1 + 1", outputs = Array.Empty<object>(), execution_count = (int?)null },
            },
            metadata = new { kernelspec = new { name = JupyterKernel.KernelName, display_name = ".NET (C#)", language = "C#" } },
            nbformat = 4,
            nbformat_minor = 5,
        }));

        var run = await runs.RunAsync([notebook], JupyterRuns.Corpora["seeds"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"failing\.ipynb: cell 3 \(fails\): .*{System.Text.RegularExpressions.Regex.Escape(error)}", run.Output);
        Assert.Equal(JsonValueKind.Null, run.Cell("failing", "never-runs").GetProperty("execution_count").ValueKind);
        Assert.Empty(run.LeftoverProcesses);
    }

    private static string Id(JsonElement cell) => cell.GetProperty("id").GetString()!;

    private static IEnumerable<JsonElement> Outputs(JsonElement cell) => cell.GetProperty("outputs").EnumerateArray();

    private static string[] Tags(JsonElement cell) =>
        cell.GetProperty("metadata").TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(t => t.GetString()!)] : [];

    private static string Source(JsonElement cell) => Text(cell.GetProperty("source"));

    /// <summary>nbformat stores multi-line text as one string or as a list of lines.</summary>
    private static string Text(JsonElement text) =>
        text.ValueKind == JsonValueKind.Array ? string.Concat(text.EnumerateArray().Select(l => l.GetString())) : text.GetString()!;
}
