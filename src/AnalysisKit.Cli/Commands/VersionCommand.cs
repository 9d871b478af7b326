using System.CommandLine;
using AnalysisKit.Charts;

namespace AnalysisKit.Cli.Commands;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "Print the kit's version and the Chromium it would use for PNG/SVG.");
        command.SetAction(_ =>
        {
            Console.WriteLine($"AnalysisKit {typeof(Claims.Claim).Assembly.GetName().Version}");
            Console.WriteLine(ChartExporter.FindBrowser() is { } browser ? $"chromium: {browser}" : ExportResult.NoBrowserHint);
            return ExitCodes.Ok;
        });
        return command;
    }
}
