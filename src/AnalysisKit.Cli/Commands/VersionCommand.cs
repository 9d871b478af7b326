using System.CommandLine;
using System.Reflection;

namespace AnalysisKit.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the kit's version and where it looks for Chromium.");
        command.SetAction(_ =>
        {
            var version = typeof(Claims.Claim).Assembly.GetName().Version;
            Console.WriteLine($"AnalysisKit {version}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
