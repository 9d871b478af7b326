using System.Text.Json;

namespace AnalysisKit.Cli.Tests.Jupyter;

/// <summary>
/// The four notebooks run once per corpus on the real Jupyter kernel, on first use; each run in
/// its own temporary folder (Jupyter data and runtime, executed notebooks, outDir), removed
/// when the tests end.
/// </summary>
public sealed class JupyterRuns : IDisposable
{
    public static readonly IReadOnlyList<string> Notebooks = ["01-claims", "02-monthly-figures", "03-amnesty-returns", "04-cumulative-spread"];

    /// <summary>The seeds with image export on (as VS Code runs them), and a second, larger corpus.</summary>
    public static readonly IReadOnlyDictionary<string, Corpus> Corpora = new Dictionary<string, Corpus>
    {
        ["seeds"] = new("seeds", "seeds/manifest.csv", ExportImages: true),
        ["devcorpus"] = new("tests/AnalysisKit.Tests/Claims/Devcorpus", "tests/AnalysisKit.Tests/Claims/Devcorpus/manifest.csv", ExportImages: false),
    };

    private readonly Dictionary<string, Lazy<Task<JupyterRun>>> runs;
    private readonly Lazy<Task<string>> tool = new(JupyterKernel.InstallToolAsync);
    private readonly List<string> folders = [];

    public JupyterRuns() =>
        runs = Corpora.ToDictionary(c => c.Key, c => new Lazy<Task<JupyterRun>>(() =>
            RunAsync(Notebooks.Select(n => Path.Combine(JupyterKernel.RepoRoot, "notebooks", n + ".ipynb")).ToList(), c.Value)));

    /// <summary>The kit's four notebooks on a corpus, run once.</summary>
    public Task<JupyterRun> Get(string corpus) => runs[corpus].Value;

    /// <summary>A fresh folder, removed with the fixture.</summary>
    public string TempFolder()
    {
        var folder = Directory.CreateTempSubdirectory("analysiskit-jupyter-").FullName;
        lock (folders) folders.Add(folder);
        return folder;
    }

    public sealed record Corpus(string ArticlesDir, string ManifestPath, bool ExportImages)
    {
        public string ArticlesPath => Path.Combine(JupyterKernel.RepoRoot, ArticlesDir);
        public string ManifestFullPath => Path.Combine(JupyterKernel.RepoRoot, ManifestPath);
    }

    /// <summary>Runs <paramref name="notebooks"/> (each with its folder as working directory) with the corpus as parameters.</summary>
    public async Task<JupyterRun> RunAsync(IReadOnlyList<string> notebooks, Corpus corpus)
    {
        await JupyterKernel.RequirePythonAsync();
        var executable = await tool.Value;
        var folder = TempFolder();
        var jupyterData = Path.Combine(folder, "jupyter");
        var kernelSpec = await JupyterKernel.InstallKernelSpecAsync(executable, jupyterData);
        var executed = Path.Combine(folder, "executed");
        var outDir = Path.Combine(folder, "charts");
        var parameters = JsonSerializer.Serialize(new
        {
            articlesDir = corpus.ArticlesPath,
            manifestPath = corpus.ManifestFullPath,
            outDir,
            exportImages = corpus.ExportImages,
        });
        var environment = new Dictionary<string, string>
        {
            // The kernelspec starts `dotnet interactive`, which the dotnet host resolves to dotnet-interactive on PATH.
            ["PATH"] = Path.GetDirectoryName(executable) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
            // Only this run's kernelspecs, runtime files and config: nothing of the user's Jupyter is read or written.
            ["JUPYTER_PATH"] = jupyterData,
            ["JUPYTER_DATA_DIR"] = jupyterData,
            ["JUPYTER_RUNTIME_DIR"] = Path.Combine(folder, "runtime"),
            ["JUPYTER_CONFIG_DIR"] = Path.Combine(folder, "config"),
            // jupyter_client writes each kernel's connection file with mkstemp, and the kernel's own temporary
            // files follow TMPDIR too: in this folder, they go with it, and a live kernel names this folder.
            ["TMPDIR"] = Directory.CreateDirectory(Path.Combine(folder, "tmp")).FullName,
            ["DOTNET_INTERACTIVE_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        };
        // Kernel start-up and the first compilation are slow on a loaded machine: generous limits, per cell and in all.
        var result = await JupyterKernel.RunAsync(JupyterKernel.Python,
            [JupyterKernel.Driver, "--kernel", JupyterKernel.KernelName, "--out", executed, "--parameters", parameters,
             "--timeout", "600", "--startup-timeout", "300", .. notebooks],
            environment, TimeSpan.FromMinutes(30));
        var leftovers = JupyterKernel.ProcessesMentioning(folder);
        var written = notebooks.Select(Path.GetFileNameWithoutExtension).Where(n => File.Exists(Path.Combine(executed, n + ".ipynb")));
        return new JupyterRun(corpus, result.ExitCode, result.Output, kernelSpec, outDir, leftovers,
            written.ToDictionary(n => n!, n => JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(Path.Combine(executed, n + ".ipynb")))));
    }

    public void Dispose()
    {
        foreach (var folder in folders.Where(Directory.Exists))
            Directory.Delete(folder, recursive: true);
    }
}
