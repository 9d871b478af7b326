using System.Text;

namespace AnalysisKit;

/// <summary>
/// Writes outputs so a reader never sees half a file: a temporary file beside the target (so the
/// rename stays on one file system), then a rename over it.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes) =>
        Write(path, temp => File.WriteAllBytes(temp, bytes));

    // Chart files are small: a synchronous write keeps one code path for every caller.
    public static Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        WriteAllBytes(path, bytes);
        return Task.CompletedTask;
    }

    private static void Write(string path, Action<string> writeTemp)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            writeTemp(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AnalysisKitException($"cannot write: {e.Message}", full, inner: e);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
