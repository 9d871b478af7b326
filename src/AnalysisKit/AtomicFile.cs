using System.Text;

namespace AnalysisKit;

/// <summary>
/// Writes outputs so a reader never sees half a file: a temporary file beside the target,
/// then a rename over it.
/// </summary>
internal static class AtomicFile
{
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new UTF8Encoding(false).GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Inside the try: a parent that is a file must be a one-line error too.
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // File.Delete throws when the folder itself is missing.
            if (File.Exists(temp)) File.Delete(temp);
            throw new AnalysisKitException($"cannot write: {ex.Message}", path, inner: ex);
        }
    }
}
