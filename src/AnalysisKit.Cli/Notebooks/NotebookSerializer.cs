using System.Collections.Immutable;
using System.Buffers;
using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Reads and writes nbformat 4 <c>.ipynb</c> text. Reading accepts source and text as a string
/// or an array of lines; writing pins one form (see <see cref="JupyterJson"/>): multiline text as
/// arrays of lines, <c>image/png</c> as one string, JSON MIME types as JSON.
/// </summary>
internal static class NotebookSerializer
{
    private static readonly JsonDocumentOptions ReadOptions = new() { MaxDepth = 256 };
    private static readonly JsonSerializerOptions ElementOptions = new() { MaxDepth = 256 };

    private static readonly HashSet<string> NotebookFields = ["cells", "metadata", "nbformat", "nbformat_minor"];
    private static readonly HashSet<string> CellFields = ["cell_type", "source", "metadata", "id", "execution_count", "outputs"];

    private static readonly Dictionary<string, string[]> OutputFields = new()
    {
        [CellOutput.StreamType] = ["output_type", "name", "text"],
        [CellOutput.DisplayDataType] = ["output_type", "data", "metadata"],
        [CellOutput.ExecuteResultType] = ["output_type", "data", "metadata", "execution_count"],
        [CellOutput.ErrorType] = ["output_type", "ename", "evalue", "traceback"],
    };

    /// <summary>Parses notebook text; <paramref name="path"/> names the file in errors.</summary>
    /// <exception cref="AnalysisKitException">Not JSON, not nbformat 4, or no cells array.</exception>
    public static Notebook Parse(string json, string path)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json, ReadOptions);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new AnalysisKitException($"not valid JSON: {ShortMessage(ex)}", path, (int?)ex.LineNumber + 1, ex);
        }

        if (root.ValueKind != JsonValueKind.Object)
            throw new AnalysisKitException("not a notebook: the top level is not a JSON object", path);
        if (!root.TryGetProperty("nbformat", out var format) || format.ValueKind != JsonValueKind.Number)
            throw new AnalysisKitException("not a notebook: no 'nbformat' number (need nbformat 4)", path);
        if (!format.TryGetInt32(out var major) || major != 4)
            throw new AnalysisKitException($"nbformat {format.GetRawText()} is not supported (need 4)", path);
        if (!root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            throw new AnalysisKitException("not a notebook: no 'cells' array", path);

        return new Notebook
        {
            Cells = cells.EnumerateArray().Select((cell, i) => ReadCell(cell, i + 1, path)).ToList(),
            Metadata = ReadObject(root, "metadata", path, "the notebook's"),
            Format = major,
            FormatMinor = IntOrNull(root, "nbformat_minor") ?? 0,
            Extra = Rest(root, NotebookFields),
        };
    }

    /// <summary>The notebook as <c>.ipynb</c> text, in the pinned format.</summary>
    public static string Serialize(Notebook notebook)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("cells");
            foreach (var cell in notebook.Cells)
                WriteCell(writer, cell);
            writer.WriteEndArray();
            WriteMap(writer, "metadata", notebook.Metadata);
            writer.WriteNumber("nbformat", notebook.Format);
            writer.WriteNumber("nbformat_minor", notebook.FormatMinor);
            WriteExtra(writer, notebook.Extra, NotebookFields);
            writer.WriteEndObject();
        }
        using var document = JsonDocument.Parse(buffer.WrittenMemory, ReadOptions);
        return JupyterJson.Write(document.RootElement);
    }

    /// <summary>A JSON string element, for building MIME bundles and metadata.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, ElementOptions);

    private static NotebookCell ReadCell(JsonElement cell, int number, string path)
    {
        if (cell.ValueKind != JsonValueKind.Object)
            throw new AnalysisKitException($"cell {number} is not a JSON object", path);
        if (!cell.TryGetProperty("cell_type", out var type) || type.ValueKind != JsonValueKind.String)
            throw new AnalysisKitException($"cell {number} has no 'cell_type'", path);

        var cellType = type.GetString()!;
        var isCode = cellType == NotebookCell.Code;
        return new NotebookCell
        {
            CellType = cellType,
            Source = ReadText(cell, "source", path, $"cell {number}") ?? "",
            Metadata = ReadObject(cell, "metadata", path, $"cell {number}'s"),
            Id = cell.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            ExecutionCount = isCode ? IntOrNull(cell, "execution_count") : null,
            Outputs = isCode && cell.TryGetProperty("outputs", out var outputs) && outputs.ValueKind == JsonValueKind.Array
                ? outputs.EnumerateArray().Select(o => ReadOutput(o, path, number)).ToList()
                : [],
            // A non-code cell keeps even code-only fields it should not have: they are not ours to drop.
            Extra = Rest(cell, isCode ? CellFields : ["cell_type", "source", "metadata", "id"]),
        };
    }

    private static CellOutput ReadOutput(JsonElement output, string path, int cellNumber)
    {
        if (output.ValueKind != JsonValueKind.Object
            || !output.TryGetProperty("output_type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
            throw new AnalysisKitException($"cell {cellNumber} has an output without 'output_type'", path);

        var type = typeElement.GetString()!;
        var known = OutputFields.GetValueOrDefault(type) ?? ["output_type"];
        var where = $"cell {cellNumber}'s {type} output";
        return new CellOutput
        {
            OutputType = type,
            Name = known.Contains("name") ? StringOrNull(output, "name") : null,
            Text = known.Contains("text") ? ReadText(output, "text", path, where) : null,
            Data = known.Contains("data") ? ReadBundle(output, path, where) : null,
            OutputMetadata = known.Contains("metadata") ? ReadObject(output, "metadata", path, where) : null,
            ExecutionCount = known.Contains("execution_count") ? IntOrNull(output, "execution_count") : null,
            EName = known.Contains("ename") ? StringOrNull(output, "ename") : null,
            EValue = known.Contains("evalue") ? StringOrNull(output, "evalue") : null,
            Traceback = known.Contains("traceback") && output.TryGetProperty("traceback", out var tb) && tb.ValueKind == JsonValueKind.Array
                ? tb.EnumerateArray().Select(l => l.ValueKind == JsonValueKind.String ? l.GetString()! : l.GetRawText()).ToList()
                : null,
            Extra = Rest(output, [.. known]),
        };
    }

    private static JsonMap ReadBundle(JsonElement output, string path, string where)
    {
        var data = ReadObject(output, "data", path, where);
        return data.ToImmutableDictionary(
            pair => pair.Key,
            pair => !CellOutput.IsJsonMime(pair.Key) && pair.Value.ValueKind == JsonValueKind.Array
                ? ToElement(JoinLines(pair.Value, path, $"{where}'s {pair.Key}"))
                : pair.Value);
    }

    private static string? ReadText(JsonElement owner, string name, string path, string where)
    {
        if (!owner.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : JoinLines(value, path, $"{where} '{name}'");
    }

    private static string JoinLines(JsonElement lines, string path, string where)
    {
        if (lines.ValueKind != JsonValueKind.Array || lines.EnumerateArray().Any(l => l.ValueKind != JsonValueKind.String))
            throw new AnalysisKitException($"{where} is neither a string nor an array of strings", path);
        return string.Concat(lines.EnumerateArray().Select(l => l.GetString()));
    }

    private static JsonMap ReadObject(JsonElement owner, string name, string path, string whose)
    {
        if (!owner.TryGetProperty(name, out var value))
            return JsonMap.Empty;
        if (value.ValueKind != JsonValueKind.Object)
            throw new AnalysisKitException($"{whose} '{name}' is not a JSON object", path);
        return value.EnumerateObject().Aggregate(JsonMap.Empty, (map, p) => map.SetItem(p.Name, p.Value));
    }

    private static JsonMap Rest(JsonElement owner, IReadOnlySet<string> known) =>
        owner.EnumerateObject().Where(p => !known.Contains(p.Name))
            .Aggregate(JsonMap.Empty, (map, p) => map.SetItem(p.Name, p.Value));

    private static JsonMap Rest(JsonElement owner, string[] known) => Rest(owner, known.ToHashSet());

    private static int? IntOrNull(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : null;

    private static string? StringOrNull(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void WriteCell(Utf8JsonWriter writer, NotebookCell cell)
    {
        writer.WriteStartObject();
        writer.WriteString("cell_type", cell.CellType);
        if (cell.Id is not null)
            writer.WriteString("id", cell.Id);
        WriteMap(writer, "metadata", cell.Metadata);
        WriteLines(writer, "source", cell.Source);
        if (cell.IsCode)
        {
            if (cell.ExecutionCount is { } count)
                writer.WriteNumber("execution_count", count);
            else
                writer.WriteNull("execution_count");
            writer.WriteStartArray("outputs");
            foreach (var output in cell.Outputs)
                WriteOutput(writer, output);
            writer.WriteEndArray();
        }
        WriteExtra(writer, cell.Extra, CellFields);
        writer.WriteEndObject();
    }

    private static void WriteOutput(Utf8JsonWriter writer, CellOutput output)
    {
        writer.WriteStartObject();
        writer.WriteString("output_type", output.OutputType);
        if (output.Name is not null)
            writer.WriteString("name", output.Name);
        if (output.Text is not null)
            WriteLines(writer, "text", output.Text);
        if (output.Data is not null)
        {
            writer.WriteStartObject("data");
            foreach (var (mime, value) in output.Data)
            {
                writer.WritePropertyName(mime);
                if (IsMultilineText(mime) && value.ValueKind == JsonValueKind.String)
                    WriteLines(writer, null, value.GetString()!);
                else
                    value.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        if (output.OutputMetadata is not null)
            WriteMap(writer, "metadata", output.OutputMetadata);
        if (output.OutputType == CellOutput.ExecuteResultType)
        {
            if (output.ExecutionCount is { } count)
                writer.WriteNumber("execution_count", count);
            else
                writer.WriteNull("execution_count");
        }
        if (output.EName is not null)
            writer.WriteString("ename", output.EName);
        if (output.EValue is not null)
            writer.WriteString("evalue", output.EValue);
        if (output.Traceback is not null)
        {
            writer.WriteStartArray("traceback");
            foreach (var line in output.Traceback)
                writer.WriteStringValue(line);
            writer.WriteEndArray();
        }
        WriteExtra(writer, output.Extra, OutputFields.GetValueOrDefault(output.OutputType)?.ToHashSet() ?? ["output_type"]);
        writer.WriteEndObject();
    }

    // Text types are stored as line arrays like Jupyter does; base64 images stay one string.
    private static bool IsMultilineText(string mime) =>
        mime.StartsWith("text/", StringComparison.Ordinal) || mime == "image/svg+xml";

    private static void WriteLines(Utf8JsonWriter writer, string? name, string text)
    {
        if (name is null)
            writer.WriteStartArray();
        else
            writer.WriteStartArray(name);
        foreach (var line in JupyterJson.SplitLines(text))
            writer.WriteStringValue(line);
        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, JsonMap map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    private static void WriteExtra(Utf8JsonWriter writer, JsonMap extra, IReadOnlySet<string> known)
    {
        foreach (var (key, value) in extra)
        {
            if (known.Contains(key))
                continue;
            writer.WritePropertyName(key);
            value.WriteTo(writer);
        }
    }

    // System.Text.Json appends "Path: $ | LineNumber: 3 | BytePositionInLine: 5."; the line is reported separately.
    private static string ShortMessage(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
    }
}
