using System.CommandLine;
using AnalysisKit.Claims;
using AnalysisKit.Tables;

namespace AnalysisKit.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var corpus = new CorpusOptions();
        var output = new Option<string?>("--out") { Description = "Write to this file (default: stdout)" };
        var format = new Option<string>("--format")
        {
            Description = "csv (the spec's columns) or json",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var review = ReviewCommand.ReviewOption("Apply the analyst's review: --review alone reads <articles>/review.csv");
        review.Arity = ArgumentArity.ZeroOrOne;

        var command = new Command("extract", "Turn a folder of articles into the claims table.");
        corpus.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(format);
        command.Options.Add(review);
        command.SetAction(result => Guard.Run(() =>
        {
            var claims = new ClaimTable(ReviewCommand.Claims(result, corpus, review).Claims);
            var text = result.GetValue(format) == "json"
                ? ClaimJson.ToJson(claims.Rows).ToJsonString(ClaimJson.Indented) + "\n"
                : claims.ToCsv();
            Output.Write(result.GetValue(output), text);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
