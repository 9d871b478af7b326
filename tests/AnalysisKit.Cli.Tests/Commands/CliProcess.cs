using System.Diagnostics;

namespace AnalysisKit.Cli.Tests.Commands;

/// <summary>The built command line run as its own process, as a user runs it: exit code and both streams.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "AnalysisKit.Cli.exe" : "AnalysisKit.Cli"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        using var cli = Process.Start(info)!;
        var output = cli.StandardOutput.ReadToEndAsync();
        var error = cli.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await cli.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!cli.HasExited) cli.Kill(entireProcessTree: true);
        }
        return new Result(cli.ExitCode, (await output).ReplaceLineEndings("\n"), (await error).ReplaceLineEndings("\n"));
    }
}
