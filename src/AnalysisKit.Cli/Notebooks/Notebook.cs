namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// An nbformat 4 notebook: its cells, plus the metadata and top-level fields the kit does not
/// interpret, kept as read so a round trip loses nothing.
/// </summary>
internal sealed record Notebook
{
    public required IReadOnlyList<NotebookCell> Cells { get; init; }

    public JsonMap Metadata { get; init; } = JsonMap.Empty;

    public int Format { get; init; } = 4;

    public int FormatMinor { get; init; } = 5;

    /// <summary>Top-level fields other than cells, metadata, nbformat and nbformat_minor.</summary>
    public JsonMap Extra { get; init; } = JsonMap.Empty;
}
