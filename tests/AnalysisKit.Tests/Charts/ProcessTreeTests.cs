using System.Diagnostics;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class ProcessTreeTests
{
    [Fact]
    public void Killing_a_tree_returns_only_when_its_grandchildren_are_gone_too()
    {
        if (!OperatingSystem.IsLinux()) return; // The tree is read from /proc.
        // A shell whose two children outlive a plain kill of the shell, as a browser's helpers do.
        var marker = $"analysiskit-tree-{Guid.NewGuid():N}";
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", $"exec -a {marker} sleep 60 & exec -a {marker} sleep 60 & wait"]))!;
        var started = Stopwatch.StartNew();
        while (Running(marker).Count < 2 && started.Elapsed < TimeSpan.FromSeconds(20))
            Thread.Sleep(20);
        Assert.Equal(2, Running(marker).Count);

        ProcessTree.KillAndWait(shell, TimeSpan.FromSeconds(10));

        Assert.True(shell.HasExited);
        Assert.Empty(Running(marker));
    }

    // Live (not zombie) processes named by the marker (the shell's own command line only contains it).
    private static List<int> Running(string marker)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z')) continue;
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0')[0] == marker) found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone in the meantime.
            }
        }
        return found;
    }
}
