using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>The plotly figures among a notebook's outputs, and the notebook with their PNGs added.</summary>
internal static class NotebookFigures
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    public const string PngMimeType = "image/png";
    public const string HtmlMimeType = "text/html";

    /// <summary>Each figure output's plotly JSON, in notebook order (the K of <c>NAME-K</c> is its place here, from 1).</summary>
    public static IReadOnlyList<string> Find(Notebook notebook) =>
        Locate(notebook).Select(at => notebook.Cells[at.Cell].Outputs[at.Output].Data![PlotlyMimeType].GetRawText()).ToList();

    /// <summary>
    /// The notebook with <c>image/png</c> (base64) added to the K-th figure's bundle, for each PNG given.
    /// The PNG takes the place of the <c>text/html</c> fallback, which needs plotly.js from the
    /// network: VS Code and JupyterLab draw the plotly JSON, viewers without plotly show the PNG.
    /// </summary>
    public static Notebook WithPngs(Notebook notebook, IReadOnlyList<byte[]> pngs)
    {
        var locations = Locate(notebook);
        if (pngs.Count != locations.Count)
            throw new ArgumentException($"{pngs.Count} images for {locations.Count} figures", nameof(pngs));
        var cells = notebook.Cells.ToList();
        for (var k = 0; k < locations.Count; k++)
        {
            var (c, o) = locations[k];
            var outputs = cells[c].Outputs.ToList();
            outputs[o] = outputs[o] with
            {
                Data = outputs[o].Data!
                    .Remove(HtmlMimeType)
                    .SetItem(PngMimeType, NotebookSerializer.ToElement(Convert.ToBase64String(pngs[k]))),
            };
            cells[c] = cells[c] with { Outputs = outputs };
        }
        return notebook with { Cells = cells };
    }

    private static List<(int Cell, int Output)> Locate(Notebook notebook) =>
        notebook.Cells
            .SelectMany((cell, c) => cell.Outputs.Select((output, o) => (output, c, o)))
            .Where(x => x.output.Data is { } data && data.TryGetValue(PlotlyMimeType, out var figure) && figure.ValueKind == JsonValueKind.Object)
            .Select(x => (x.c, x.o))
            .ToList();
}
