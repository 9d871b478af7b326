using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Writes JSON the way Jupyter and VS Code save notebooks (<c>JSON.stringify(sortKeys(nb), null, 1)</c>):
/// keys sorted by UTF-16 code unit, one space of indent per level, non-ASCII text unescaped, a
/// trailing newline. Matching them keeps diffs of committed notebooks to real changes.
/// </summary>
internal static class JupyterJson
{
    public static string Write(JsonElement root)
    {
        var text = new StringBuilder();
        WriteValue(text, root, 0);
        return text.Append('\n').ToString();
    }

    /// <summary>Splits text into lines that keep their <c>\n</c>, as nbformat stores multiline strings.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return text[start..];
                yield break;
            }
            yield return text[start..(end + 1)];
            start = end + 1;
        }
    }

    private static void WriteValue(StringBuilder text, JsonElement value, int depth)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
                WriteContainer(text, '{', '}', properties, depth, (p, d) =>
                {
                    WriteString(text, p.Name);
                    text.Append(": ");
                    WriteValue(text, p.Value, d);
                });
                break;
            case JsonValueKind.Array:
                WriteContainer(text, '[', ']', value.EnumerateArray().ToList(), depth, (e, d) => WriteValue(text, e, d));
                break;
            case JsonValueKind.String:
                WriteString(text, value.GetString()!);
                break;
            default:
                // Numbers keep their original spelling; true, false and null are what they are.
                text.Append(value.GetRawText());
                break;
        }
    }

    private static void WriteContainer<T>(
        StringBuilder text, char open, char close, List<T> items, int depth, Action<T, int> writeItem)
    {
        text.Append(open);
        if (items.Count > 0)
        {
            for (var i = 0; i < items.Count; i++)
            {
                text.Append('\n').Append(' ', depth + 1);
                writeItem(items[i], depth + 1);
                if (i < items.Count - 1)
                    text.Append(',');
            }
            text.Append('\n').Append(' ', depth);
        }
        text.Append(close);
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                default:
                    if (c < ' ')
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
