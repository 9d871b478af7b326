using System.CommandLine;

namespace AnalysisKit.Cli.Commands;

/// <summary>The command line's verbs, one file each.</summary>
internal static class Verbs
{
    public static IEnumerable<Command> All() =>
    [
        ExtractCommand.Create(),
        EvalCommand.Create(),
        ReviewCommand.Create(),
        FiguresCommand.Create(),
        RunCommand.Create(),
        NumbersCommand.Create(),
        BenchExtractCommand.Create(),
        VersionCommand.Create(),
    ];
}
