using System.Diagnostics;
using System.Text.Json;

namespace AnalysisKit.Cli.Tests.Jupyter;

/// <summary>
/// The real dotnet-interactive Jupyter kernel, as an analyst's VS Code starts it: the pinned
/// dotnet tool (installed once under <c>artifacts/tools/</c>, reused after), its own kernelspec
/// written into a private Jupyter folder, and Debian's nbclient driving it through
/// <c>run_notebooks.py</c>.
/// </summary>
internal static class JupyterKernel
{
    public const string ToolPackage = "Microsoft.dotnet-interactive";
    public const string ToolVersion = "1.0.712001";
    public const string KernelName = ".net-csharp";

    /// <summary>Debian's interpreter: the packages install for it, not for a python3 earlier on PATH.</summary>
    public const string Python = "/usr/bin/python3";

    public const string AptPackages = "python3-nbclient python3-jupyter-client python3-nbformat";
    public const string ImportCheck = "import nbclient, jupyter_client, nbformat";

    public static bool InCI => Environment.GetEnvironmentVariable("CI") is { } ci && (ci.Equals("true", StringComparison.OrdinalIgnoreCase) || ci == "1");

    public static string ToolDirectory => Path.Combine(RepoRoot, "artifacts", "tools", $"dotnet-interactive-{ToolVersion}");

    public static string Driver => Path.Combine(RepoRoot, "tests", "AnalysisKit.Cli.Tests", "Jupyter", "run_notebooks.py");

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The tool's executable, installed with <c>dotnet tool install --tool-path</c> unless already there.</summary>
    public static async Task<string> InstallToolAsync()
    {
        var executable = Path.Combine(ToolDirectory, OperatingSystem.IsWindows() ? "dotnet-interactive.exe" : "dotnet-interactive");
        if (File.Exists(executable)) return executable;
        var install = await RunAsync("dotnet", ["tool", "install", ToolPackage, "--version", ToolVersion, "--tool-path", ToolDirectory],
            environment: NoEnvironment, TimeSpan.FromMinutes(10));
        if (install.ExitCode != 0 || !File.Exists(executable))
            throw new InvalidOperationException($"dotnet tool install {ToolPackage} {ToolVersion} failed (exit {install.ExitCode}):\n{install.Output}");
        return executable;
    }

    /// <summary>
    /// Writes the tool's kernelspecs into <paramref name="jupyterData"/>/kernels with
    /// <c>dotnet-interactive jupyter install --path</c> (what <c>dotnet interactive jupyter install</c>
    /// does for a global tool) and returns the C# one's kernel.json.
    /// </summary>
    public static async Task<JsonElement> InstallKernelSpecAsync(string tool, string jupyterData)
    {
        var kernels = Path.Combine(jupyterData, "kernels");
        Directory.CreateDirectory(kernels);
        var install = await RunAsync(tool, ["jupyter", "install", "--path", kernels], environment: NoEnvironment, TimeSpan.FromMinutes(5));
        var spec = Path.Combine(kernels, KernelName, "kernel.json");
        if (install.ExitCode != 0 || !File.Exists(spec))
            throw new InvalidOperationException($"{tool} jupyter install --path {kernels} failed (exit {install.ExitCode}):\n{install.Output}");
        return JsonSerializer.Deserialize<JsonElement>(File.ReadAllText(spec));
    }

    /// <summary>Fails with the install command when Debian's nbclient is missing (the theory skips first outside CI).</summary>
    public static async Task RequirePythonAsync()
    {
        var check = File.Exists(Python) ? await RunAsync(Python, ["-c", ImportCheck], environment: NoEnvironment, TimeSpan.FromMinutes(1)) : null;
        if (check is not { ExitCode: 0 })
            throw new InvalidOperationException($"{Python} with nbclient is required: apt-get install {AptPackages}\n{check?.Output}");
    }

    private static readonly IReadOnlyDictionary<string, string> NoEnvironment = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    public sealed record ProcessResult(int ExitCode, string Output);

    /// <summary>
    /// Runs a process to its end, output and error interleaved; past <paramref name="timeout"/>
    /// it is killed with every process it started (a kernel included), then reported.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            lock (output) return new ProcessResult(-1, $"{file} killed after {timeout.TotalMinutes:0} min\n{output}");
        }
        lock (output) return new ProcessResult(process.ExitCode, output.ToString());
    }

    /// <summary>Processes whose command line mentions <paramref name="text"/> (a kernel names its connection file there).</summary>
    public static IReadOnlyList<string> ProcessesMentioning(string text)
    {
        var found = new List<string>();
        foreach (var proc in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(proc, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal)) found.Add($"{Path.GetFileName(proc)}: {commandLine}");
            }
            catch (IOException) { } // the process ended while being read
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
