using AnalysisKit.Cli.Notebooks;

namespace AnalysisKit.Cli.Tests.Notebooks;

[Collection(NotebookRuns.Name)]
public class WarmKernelsTests
{
    [Fact]
    public async Task Kernels_made_ahead_resolve_relative_dll_paths_against_the_folder_of_the_notebook_they_run()
    {
        var withLibrary = TestNotebooks.TempFolder();
        var withoutLibrary = TestNotebooks.TempFolder();
        Directory.CreateDirectory(Path.Combine(withLibrary, "lib"));
        File.Copy(typeof(AnalysisKitException).Assembly.Location, Path.Combine(withLibrary, "lib", "AnalysisKit.dll"));
        var notebook = TestNotebooks.CSharp("#r \"lib/AnalysisKit.dll\"\ntypeof(AnalysisKit.AnalysisKitException).Name");
        // The second kernel is made while the first notebook's folder is the current directory.
        using var kernels = new WarmKernels(2);
        var executor = new NotebookExecutor(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(120) }, kernels);

        var found = await executor.ExecuteAsync(notebook, Path.Combine(withLibrary, "n.ipynb"));
        var missing = await executor.ExecuteAsync(notebook, Path.Combine(withoutLibrary, "n.ipynb"));

        Assert.Equal("AnalysisKitException", found.Notebook.Cells[0].Outputs.Single().PlainText());
        Assert.Contains("lib/AnalysisKit.dll", missing.Failure!.Message);
    }

    [Fact]
    public async Task A_pool_asked_for_more_kernels_than_it_was_made_for_still_hands_out_working_ones_until_disposed()
    {
        var kernels = new WarmKernels(1);
        var executor = new NotebookExecutor(new ExecutorOptions { CellTimeout = TimeSpan.FromSeconds(120) }, kernels);

        var first = await executor.ExecuteAsync(TestNotebooks.CSharp("1 + 1"), Path.Combine(Path.GetTempPath(), "a.ipynb"));
        var second = await executor.ExecuteAsync(TestNotebooks.CSharp("2 + 2"), Path.Combine(Path.GetTempPath(), "b.ipynb"));
        kernels.Dispose();

        Assert.Equal(["2", "4"], new[] { first, second }.Select(r => r.Notebook.Cells[0].Outputs.Single().PlainText()));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => kernels.TakeAsync(CancellationToken.None));
    }
}
