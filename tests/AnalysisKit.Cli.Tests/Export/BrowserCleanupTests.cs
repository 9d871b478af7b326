using System.Diagnostics;
using System.Runtime.InteropServices;
using AnalysisKit.Charts;
using AnalysisKit.Cli.Notebooks;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Export;

/// <summary>
/// A real CLI process with its browser up, stopped by a signal: neither a Chromium process nor
/// its profile folder may outlive it.
/// </summary>
public class BrowserCleanupTests
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    [Theory]
    [InlineData(SigTerm)]
    [InlineData(SigInt)]
    public async Task A_signal_while_the_browser_runs_leaves_no_browser_process_or_profile(int signal)
    {
        if (ChartExporter.FindBrowser() is null || OperatingSystem.IsWindows())
        {
            // Nothing to prove without Chromium; CI installs it, so there a missing browser fails.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "CI=true and no Chromium");
            return;
        }
        // The run's own temp folder: its browser profile is made there, and its processes name it.
        var temp = TestNotebooks.TempFolder();
        var notebook = TestNotebooks.Save(TestNotebooks.CSharp("System.Threading.Thread.Sleep(120_000);"), "slow.ipynb");
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "AnalysisKit.Cli"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "run", notebook, "--out", TestNotebooks.TempFolder() })
            info.ArgumentList.Add(argument);
        info.Environment["TMPDIR"] = temp;
        using var cli = Process.Start(info)!;
        _ = cli.StandardOutput.ReadToEndAsync();
        _ = cli.StandardError.ReadToEndAsync();

        try
        {
            // The browser starts with the run, while the first cell sleeps.
            var deadline = Stopwatch.StartNew();
            while (BrowsersUsing(temp).Count == 0 || Profiles(temp).Length == 0)
            {
                Assert.False(cli.HasExited, "the run ended before its browser started");
                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(90), "no browser started within 90 s");
                await Task.Delay(200);
            }
            await Task.Delay(500);

            Assert.Equal(0, Kill(cli.Id, signal));
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await cli.WaitForExitAsync(exit.Token);

            Assert.Empty(BrowsersUsing(temp));
            Assert.Empty(Profiles(temp));
        }
        finally
        {
            if (!cli.HasExited) cli.Kill(entireProcessTree: true);
            foreach (var pid in BrowsersUsing(temp))
                try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { }
        }
    }

    private static string[] Profiles(string temp) => Directory.GetDirectories(temp, "analysiskit-chromium-*");

    // Processes whose command line names the folder: the browser and its helpers carry the profile path.
    private static List<int> BrowsersUsing(string temp)
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(temp, StringComparison.Ordinal)
                    && !File.ReadAllText(Path.Combine(dir, "cmdline")).Contains("AnalysisKit.Cli", StringComparison.Ordinal))
                    found.Add(pid);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone in the meantime.
            }
        }
        return found;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
