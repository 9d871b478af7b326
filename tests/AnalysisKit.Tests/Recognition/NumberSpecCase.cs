using System.Globalization;
using System.Text.Json;
using AnalysisKit.Recognition;
using Xunit.Abstractions;

namespace AnalysisKit.Tests.Recognition;

/// <summary>
/// One case of a number spec file (Specs/Recognition/Number*.json): an input and the mentions
/// expected from it, each as one comparable line. Serializable as (file, index) so every case
/// shows up as its own test.
/// </summary>
public sealed class NumberSpecCase : IXunitSerializable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public NumberSpecCase()
    {
    }

    private NumberSpecCase(string file, int index, SpecEntry entry)
    {
        File = file;
        Index = index;
        Input = entry.Input;
        Expected = entry.Expected;
    }

    public string File { get; private set; } = "";

    public int Index { get; private set; }

    public string Input { get; private set; } = "";

    internal IReadOnlyList<SpecMention> Expected { get; private set; } = [];

    /// <summary>Expected mentions as lines, in the same format as <see cref="Line(NumberMention)"/>.</summary>
    public IReadOnlyList<string> ExpectedLines() =>
        Expected.Select(e => Line(e.Text, e.Start, e.Length, e.Low, e.High, e.Qualifier, e.Kind)).ToList();

    /// <summary>Spec errors: an expected span that is not the stated text of the input.</summary>
    public IEnumerable<string> SpanErrors() =>
        Expected
            .Where(e => e.Start < 0 || e.Start + e.Length > Input.Length || Input.Substring(e.Start, e.Length) != e.Text)
            .Select(e => $"{File} case {Index}: '{e.Text}' is not at {e.Start}+{e.Length}");

    public static string Line(NumberMention m) =>
        Line(m.Text, m.Start, m.Length, m.Low, m.High, m.Qualifier.ToSpec(), m.Kind.ToSpec());

    private static string Line(string text, int start, int length, decimal? low, decimal? high, string qualifier, string kind) =>
        $"{text} @{start}+{length} [{Number(low)}..{Number(high)}] {qualifier} {kind}";

    private static string Number(decimal? value) =>
        value is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "null";

    public static IReadOnlyList<NumberSpecCase> Load(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "Recognition", file);
        SpecFile? spec;
        try
        {
            spec = JsonSerializer.Deserialize<SpecFile>(System.IO.File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new AnalysisKitException(ex.Message, path, (int?)ex.LineNumber + 1, ex);
        }
        if (spec?.Cases is not { Count: > 0 } cases)
            throw new AnalysisKitException("a spec file needs a non-empty \"Cases\" array", path);
        return cases.Select((entry, index) => new NumberSpecCase(file, index, entry)).ToList();
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(File), File);
        info.AddValue(nameof(Index), Index);
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        var loaded = Load(info.GetValue<string>(nameof(File)))[info.GetValue<int>(nameof(Index))];
        (File, Index, Input, Expected) = (loaded.File, loaded.Index, loaded.Input, loaded.Expected);
    }

    public override string ToString() => $"{File}#{Index}: {Input}";

    internal sealed record SpecFile(string Source, IReadOnlyList<SpecEntry> Cases);

    internal sealed record SpecEntry(string Input, string? Comment, IReadOnlyList<SpecMention> Expected);

    internal sealed record SpecMention(string Text, int Start, int Length, decimal? Low, decimal? High, string Qualifier, string Kind);
}
