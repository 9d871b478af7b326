using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// One output of a code cell, as nbformat 4 defines them: <c>stream</c> (Name, Text),
/// <c>display_data</c> and <c>execute_result</c> (Data, OutputMetadata, ExecutionCount) and
/// <c>error</c> (EName, EValue, Traceback).
/// </summary>
internal sealed record CellOutput
{
    public const string StreamType = "stream";
    public const string DisplayDataType = "display_data";
    public const string ExecuteResultType = "execute_result";
    public const string ErrorType = "error";

    public required string OutputType { get; init; }

    /// <summary>Stream name: <c>stdout</c> or <c>stderr</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Stream text, line ends kept.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// MIME bundle: text types as one JSON string (line ends kept), JSON types
    /// (<c>application/json</c>, <c>*+json</c>) as JSON values.
    /// </summary>
    public JsonMap? Data { get; init; }

    public JsonMap? OutputMetadata { get; init; }

    public int? ExecutionCount { get; init; }

    public string? EName { get; init; }

    public string? EValue { get; init; }

    public IReadOnlyList<string>? Traceback { get; init; }

    /// <summary>Fields other than the ones above, kept as read.</summary>
    public JsonMap Extra { get; init; } = JsonMap.Empty;

    public static CellOutput Stream(string name, string text) =>
        new() { OutputType = StreamType, Name = name, Text = text };

    public static CellOutput Display(JsonMap data) =>
        new() { OutputType = DisplayDataType, Data = data, OutputMetadata = JsonMap.Empty };

    public static CellOutput Result(int executionCount, JsonMap data) =>
        new() { OutputType = ExecuteResultType, Data = data, OutputMetadata = JsonMap.Empty, ExecutionCount = executionCount };

    public static CellOutput Error(string ename, string evalue, IReadOnlyList<string> traceback) =>
        new() { OutputType = ErrorType, EName = ename, EValue = evalue, Traceback = traceback };

    /// <summary>True for MIME types whose value nbformat stores as JSON rather than text.</summary>
    public static bool IsJsonMime(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>The text of a text MIME type in <see cref="Data"/>, if present.</summary>
    public string? TextOf(string mimeType) =>
        Data is not null && Data.TryGetValue(mimeType, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
