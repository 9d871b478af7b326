namespace AnalysisKit.Charts;

/// <summary>
/// What an export wrote: the full paths, and <see cref="Hint"/> (one line saying how to get images)
/// when no browser was found and only HTML was written.
/// </summary>
public sealed record ExportResult(IReadOnlyList<string> Files, string? Hint)
{
    /// <summary>The line shown when PNG/SVG were skipped for want of a browser.</summary>
    public const string NoBrowserHint = "PNG/SVG skipped: install Chromium (apt-get install chromium) or set ANALYSISKIT_CHROMIUM";

    public override string ToString() =>
        $"wrote {string.Join(", ", Files.Select(Path.GetFileName))}" + (Hint is null ? "" : $"\n{Hint}");
}
