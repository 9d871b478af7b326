namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The <c>--out</c> folder of a run, checked and held before any notebook runs: it must be a
/// folder this process can write (else one line, exit 2), and one run at a time writes it (a
/// second run into the same folder is refused instead of overwriting the first one's files).
/// The lock is an exclusively opened file, released when the run ends, even if the process dies.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    public const string LockFileName = ".analysiskit-run.lock";

    private readonly FileStream _lock;

    private OutputFolderLock(FileStream held) => _lock = held;

    /// <exception cref="AnalysisKitException">The folder is a file, cannot be created or written, or another run holds it.</exception>
    public static OutputFolderLock Take(string folder)
    {
        if (File.Exists(folder))
            throw new AnalysisKitException("--out names a file; give a folder", folder);
        var path = Path.Combine(folder, LockFileName);
        try
        {
            Directory.CreateDirectory(folder);
            return new OutputFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException ex) when (File.Exists(path) && ex is not DirectoryNotFoundException)
        {
            throw new AnalysisKitException("another analysiskit run is writing to this folder; wait for it or choose another --out", folder, inner: ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AnalysisKitException($"--out is not a folder this run can write: {ex.Message}", folder, inner: ex);
        }
    }

    public void Dispose() => _lock.Dispose();
}
