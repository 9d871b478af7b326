namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>Paths of the fixture notebooks copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Notebooks", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}
