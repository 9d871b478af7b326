namespace AnalysisKit.Tests;

/// <summary>Paths into the repository the tests run from (never ../shared).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
