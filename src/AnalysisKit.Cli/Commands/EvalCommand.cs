using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AnalysisKit.Claims;

namespace AnalysisKit.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create()
    {
        var corpus = new CorpusOptions();
        var gold = new Option<string?>("--gold") { Description = "Gold claims CSV (default: <articles>/claims.gold.csv or gold.csv)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var review = ReviewCommand.ReviewOption("Score the reviewed claims instead of the raw extraction: --review alone reads <articles>/review.csv");
        review.Arity = ArgumentArity.ZeroOrOne;

        var command = new Command("eval", "Score the extractor against a gold claims table (the spec's scoring).");
        corpus.AddTo(command);
        command.Options.Add(gold);
        command.Options.Add(json);
        command.Options.Add(review);
        command.SetAction(result => Guard.Run(() =>
        {
            var goldPath = result.GetValue(gold) ?? DefaultGold(corpus.ArticlesDir(result));
            var (articles, predicted) = ReviewCommand.Claims(result, corpus, review);
            var goldClaims = GoldTable.Read(goldPath, articles.Select(a => a.Id));
            var report = GoldScorer.Score(predicted, goldClaims);
            Console.Out.Write(result.GetValue(json) ? ToJson(report).ToJsonString(ClaimJson.Indented) + "\n" : ToText(report));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string DefaultGold(string articlesDir)
    {
        foreach (var name in new[] { "claims.gold.csv", "gold.csv" })
        {
            var path = Path.Combine(articlesDir, name);
            if (File.Exists(path)) return path;
        }
        throw new AnalysisKitException("no gold table: pass --gold, or put claims.gold.csv or gold.csv in the folder", articlesDir);
    }

    internal static JsonObject ToJson(ScoreReport report) => new()
    {
        ["value_precision"] = report.ValuePrecision,
        ["value_recall"] = report.ValueRecall,
        ["value_f1"] = report.ValueF1,
        ["full_precision"] = report.FullPrecision,
        ["full_recall"] = report.FullRecall,
        ["full_f1"] = report.FullF1,
        ["matched"] = report.Matched,
        ["full_matched"] = report.FullMatched,
        ["gold"] = report.Gold,
        ["predicted"] = report.Predicted,
        ["fields"] = new JsonObject
        {
            ["qualifier"] = report.Fields.Qualifier,
            ["metric"] = report.Fields.Metric,
            ["unit"] = report.Fields.Unit,
            ["rate"] = report.Fields.Rate,
            ["force"] = report.Fields.Force,
            ["period"] = report.Fields.Period,
            ["source"] = report.Fields.Source,
        },
        ["confusion"] = new JsonObject(ScoreReport.ConfusionFields.Select(field => KeyValuePair.Create(field, (JsonNode?)new JsonArray(
            report.Confusion(field).Select(c => (JsonNode)new JsonObject { ["gold"] = c.Gold, ["predicted"] = c.Predicted, ["count"] = c.Count }).ToArray())))),
        ["missed"] = ClaimJson.ToJson(report.Missed),
        ["spurious"] = ClaimJson.ToJson(report.Spurious),
        ["disagreements"] = new JsonArray(report.Matches.Where(m => m.Disagreements.Count > 0).Select(m => (JsonNode)new JsonObject
        {
            ["fields"] = new JsonArray(m.Disagreements.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray()),
            ["gold"] = ClaimJson.ToJson(m.Gold),
            ["predicted"] = ClaimJson.ToJson(m.Predicted),
        }).ToArray()),
    };

    internal static string ToText(ScoreReport report)
    {
        static string F(double? share) => share is double value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";
        var text = new StringBuilder();
        text.AppendLine($"value  precision {F(report.ValuePrecision)}  recall {F(report.ValueRecall)}  F1 {F(report.ValueF1)}   ({report.Gold} gold, {report.Predicted} predicted, {report.Matched} matched)");
        text.AppendLine($"full   precision {F(report.FullPrecision)}  recall {F(report.FullRecall)}  F1 {F(report.FullF1)}   ({report.FullMatched} agree on every field but source)");
        var f = report.Fields;
        text.AppendLine($"fields qualifier {F(f.Qualifier)}  metric {F(f.Metric)}  unit {F(f.Unit)}  rate {F(f.Rate)}  force {F(f.Force)}  period {F(f.Period)}  source {F(f.Source)}");
        text.AppendLine().AppendLine("confusion (matched pairs; gold → predicted: count)");
        foreach (var field in ScoreReport.ConfusionFields)
            text.AppendLine($"  {field,-9} " + string.Join("  ", report.Confusion(field).Select(c => $"{c.Gold}→{c.Predicted}: {c.Count}")));
        Section(text, "missed (gold, not predicted)", report.Missed.Select(Line));
        Section(text, "spurious (predicted, not gold)", report.Spurious.Select(Line));
        Section(text, "disagreements (matched; gold → predicted)", report.Matches
            .Where(m => m.Disagreements.Count > 0)
            .Select(m => $"{Line(m.Predicted)}\n      " + string.Join("; ", m.Disagreements.Select(d => $"{d}: {Field(m.Gold, d)} → {Field(m.Predicted, d)}"))));
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0) return;
        text.AppendLine().AppendLine($"{title}: {items.Count}");
        foreach (var item in items) text.AppendLine($"  {item}");
    }

    private static string Line(Claim c) => $"{c.Article}  {c.ValueLow?.ToString() ?? "…"}–{c.ValueHigh?.ToString() ?? "…"}  \"{c.Quote}\"";

    private static string Field(Claim c, string field)
    {
        var json = ClaimJson.ToJson(c);
        return field == "period" ? $"{json["period_start"]}..{json["period_end"]}" : json[field]?.ToString() ?? "";
    }
}
