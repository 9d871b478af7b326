using System.Globalization;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>The one line that sums up a notebook's run: <c>12 cells, ok, 3.1 s</c>; cells counted and named as the user's notebook numbers them.</summary>
internal static class RunSummary
{
    public static string Of(ExecutionResult result) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{result.Cells} cell{(result.Cells == 1 ? "" : "s")}, {(result.Failure is { } f ? $"failed at {f.CellName}" : "ok")}, {result.Duration.TotalSeconds:0.0} s");
}
