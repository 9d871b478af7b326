using AnalysisKit.Charts;
using AnalysisKit.Cli.Export;

namespace AnalysisKit.Cli.Tests.Export;

/// <summary>Writes stand-in chart files; with <c>browser: false</c> it behaves like a machine without Chromium.</summary>
internal sealed class FakeChartWriter(bool browser) : IChartWriter
{
    public List<IReadOnlyList<(string Name, string FigureJson)>> Batches { get; } = [];

    public static byte[] PngOf(string name) => [0x89, (byte)'P', (byte)'N', (byte)'G', .. System.Text.Encoding.UTF8.GetBytes(name)];

    public Task<ExportResult> WriteAsync(string directory, IReadOnlyList<(string Name, string FigureJson)> figures, CancellationToken cancellationToken)
    {
        Batches.Add(figures);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        foreach (var (name, json) in figures)
        {
            files.Add(Path.Combine(directory, name + ".html"));
            File.WriteAllText(files[^1], json);
            if (!browser)
                continue;
            File.WriteAllText(Path.Combine(directory, name + ".svg"), "<svg/>");
            File.WriteAllBytes(Path.Combine(directory, name + ".png"), PngOf(name));
        }
        return Task.FromResult(new ExportResult(files, browser ? null : ExportResult.NoBrowserHint));
    }
}
