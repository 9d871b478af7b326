using System.Diagnostics;
using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>
/// Kills a process with all its descendants and waits until every one of them is gone.
/// <see cref="Process.Kill(bool)"/> returns as soon as the signals are sent: a helper that is still
/// running can write into a folder the caller deletes next (a browser's profile).
/// </summary>
internal static class ProcessTree
{
    public static void KillAndWait(Process process, TimeSpan timeout)
    {
        int[] tree;
        try
        {
            if (process.HasExited) return;
            tree = OperatingSystem.IsLinux() ? [process.Id, .. DescendantsOf(process.Id)] : [process.Id];
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return; // It exited in the meantime, or was never started.
        }

        process.WaitForExit(timeout);
        var waited = Stopwatch.StartNew();
        while (tree.Any(IsRunning) && waited.Elapsed < timeout)
            Thread.Sleep(20);
    }

    // Parent ids from /proc/<pid>/stat; the fourth field, after the parenthesised command name.
    private static List<int> DescendantsOf(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            if (Stat(pid) is { } fields && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parent))
                parents[pid] = parent;
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var next))
            foreach (var (pid, parent) in parents)
                if (parent == next) { found.Add(pid); frontier.Enqueue(pid); }
        return found;
    }

    // A zombie has stopped running; only its parent's wait removes it.
    private static bool IsRunning(int pid) => Stat(pid) is { } fields && fields[0] != "Z";

    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // Gone.
        }
    }
}
