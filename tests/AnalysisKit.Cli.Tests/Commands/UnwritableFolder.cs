using System.Diagnostics;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

/// <summary>
/// An existing folder this process cannot create a file in, made whoever runs the tests. Permission
/// bits do not stop root (CI runs as root), so root gets an immutable folder (<c>chattr +i</c>, which
/// binds root too), and where the file system has no such flag, <c>/sys</c>, which no one can write.
/// Each candidate is probed; when none is unwritable the test fails instead of passing untested.
/// </summary>
internal sealed class UnwritableFolder : IDisposable
{
    private readonly Action _undo;

    private UnwritableFolder(string path, string how, Action undo) => (Path, How, _undo) = (path, how, undo);

    public string Path { get; }

    /// <summary>How the folder was made unwritable, for the failure message.</summary>
    public string How { get; }

    public static UnwritableFolder Make()
    {
        var tried = new List<string>();
        var folder = TestNotebooks.TempFolder();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            if (!CanWrite(folder))
                return new UnwritableFolder(folder, "mode 0550", () => MakeWritable(folder));
            tried.Add("mode 0550 (this process ignores permission bits)");

            if (Chattr("+i", folder) && !CanWrite(folder))
                return new UnwritableFolder(folder, "chattr +i", () => Chattr("-i", folder));
            Chattr("-i", folder);
            tried.Add("chattr +i (not supported here)");

            if (Directory.Exists("/sys") && !CanWrite("/sys"))
                return new UnwritableFolder("/sys", "/sys", () => { });
            tried.Add("/sys (writable or missing)");
        }
        Assert.Fail($"no folder this process cannot write could be made; tried {string.Join(", ", tried)}");
        throw new UnreachableException();
    }

    private static void MakeWritable(string folder)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool CanWrite(string folder)
    {
        var probe = System.IO.Path.Combine(folder, ".probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string folder)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [flag, folder])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            })!;
            chattr.WaitForExit();
            return chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr on this machine
        }
    }

    public void Dispose() => _undo();
}
