using System.Text;

namespace AnalysisKit.Tests.Articles;

// The repository's seeds (located by TestPaths).
internal static class Seeds
{
    public static string Folder => TestPaths.Seeds;

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static IEnumerable<string> ArticleFiles() =>
        Directory.GetFiles(Folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal);
}

// A fresh folder per test, removed afterwards, so tests can run in parallel.
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("analysiskit-articles-").FullName;

    public string File(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
