using System.CommandLine;
using AnalysisKit.Cli.Commands;

var root = new RootCommand("AnalysisKit: claims, tables and charts from articles on war desertion figures.");
foreach (var command in Verbs.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
