using System.Text.Json;
using System.Text.Json.Nodes;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>The kit's own metadata key (<c>analysiskit</c>) on notebooks and cells, merged into what is there.</summary>
internal static class RunMetadata
{
    public const string Key = "analysiskit";

    public static JsonMap Merge(JsonMap metadata, JsonObject values)
    {
        var merged = metadata.TryGetValue(Key, out var existing) && existing.ValueKind == JsonValueKind.Object
            ? JsonNode.Parse(existing.GetRawText())!.AsObject()
            : new JsonObject();
        foreach (var (name, value) in values)
            merged[name] = value?.DeepClone();
        return metadata.SetItem(Key, NotebookSerializer.ToElement(merged));
    }
}
