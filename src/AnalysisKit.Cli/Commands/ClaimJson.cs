using System.Text.Json;
using System.Text.Json.Nodes;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Cli.Commands;

/// <summary>Claims as JSON objects keyed by the spec's column names.</summary>
internal static class ClaimJson
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject ToJson(Claim claim)
    {
        var json = Columns(claim);
        // Only a reviewed claim says so: the raw extraction's JSON keeps its shape.
        if (claim.Review.IsReviewed)
            json["review"] = new JsonObject
            {
                ["status"] = claim.Review.Status.ToSpec(),
                ["note"] = claim.Review.Note,
                ["changes"] = new JsonArray(claim.Review.Changes.Select(c => (JsonNode)new JsonObject
                {
                    ["column"] = c.Column, ["from"] = c.From, ["to"] = c.To,
                }).ToArray()),
                ["line"] = claim.Review.Line,
            };
        return json;
    }

    private static JsonObject Columns(Claim claim) => new()
    {
        ["article"] = claim.Article,
        ["quote"] = claim.Quote,
        ["value_low"] = claim.ValueLow,
        ["value_high"] = claim.ValueHigh,
        ["qualifier"] = claim.Qualifier.ToSpec(),
        ["metric"] = claim.Metric.ToSpec(),
        ["unit"] = claim.Unit.ToSpec(),
        ["rate"] = claim.Rate.ToSpec(),
        ["force"] = claim.Force.ToSpec(),
        ["period_start"] = claim.PeriodStart?.ToString(),
        ["period_end"] = claim.PeriodEnd?.ToString(),
        ["source"] = claim.Source,
        ["quote_start"] = claim.QuoteStart,
    };

    public static JsonArray ToJson(IEnumerable<Claim> claims) => new(claims.Select(c => (JsonNode)ToJson(c)).ToArray());
}
