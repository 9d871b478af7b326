namespace AnalysisKit.Cli.Notebooks;

/// <summary>One cell. Source is one string (line ends kept), however the file stored it.</summary>
internal sealed record NotebookCell
{
    public const string Code = "code";
    public const string Markdown = "markdown";

    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public required string CellType { get; init; }

    public required string Source { get; init; }

    public JsonMap Metadata { get; init; } = JsonMap.Empty;

    public string? Id { get; init; }

    /// <summary>Code cells only; null when not executed.</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>Code cells only.</summary>
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];

    /// <summary>Fields other than the ones above (attachments, ...), kept as read.</summary>
    public JsonMap Extra { get; init; } = JsonMap.Empty;

    public bool IsCode => CellType == Code;

    /// <summary>The cell's <c>metadata.tags</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata.TryGetValue("tags", out var tags) && tags.ValueKind == System.Text.Json.JsonValueKind.Array
            ? tags.EnumerateArray().Where(t => t.ValueKind == System.Text.Json.JsonValueKind.String)
                .Select(t => t.GetString()!).ToList()
            : [];
}
