using System.Diagnostics;

namespace AnalysisKit.Cli.Tests.Jupyter;

/// <summary>
/// A theory that needs Debian's Python with nbclient (<c>apt-get install python3-nbclient</c>).
/// Skipped, with the reason, on a machine without it; never skipped in CI (<c>CI=true</c>), where
/// a missing prerequisite must fail the run rather than hide the check.
/// </summary>
public sealed class JupyterTheoryAttribute : TheoryAttribute
{
    public JupyterTheoryAttribute()
    {
        if (!JupyterKernel.InCI && MissingPython() is { } reason)
            Skip = reason + " (in CI, with CI=true, this fails instead)";
    }

    private static string? MissingPython()
    {
        if (!File.Exists(JupyterKernel.Python))
            return $"{JupyterKernel.Python} not found: apt-get install {JupyterKernel.AptPackages}";
        using var check = Process.Start(new ProcessStartInfo(JupyterKernel.Python, ["-c", JupyterKernel.ImportCheck])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        check.WaitForExit();
        return check.ExitCode == 0 ? null : $"{JupyterKernel.Python} lacks nbclient: apt-get install {JupyterKernel.AptPackages}";
    }
}
