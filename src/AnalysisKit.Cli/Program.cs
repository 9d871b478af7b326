using System.CommandLine;
using AnalysisKit.Cli.Commands;

var root = new RootCommand("AnalysisKit: claims, tables and charts from articles on war desertion figures.");
foreach (var command in Verbs.All())
    root.Subcommands.Add(command);
var parsed = root.Parse(args);
var exitCode = await parsed.InvokeAsync();
// A usage error (unknown option, missing argument) is bad input, as the README documents: exit 2.
return parsed.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
