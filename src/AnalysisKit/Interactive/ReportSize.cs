using AnalysisKit.Charts;

namespace AnalysisKit.Interactive;

/// <summary>Image sizes that read well in a report: wide enough for legends, tall enough for every category row.</summary>
internal static class ReportSize
{
    public const int Width = 1200;
    public const int Height = 700;

    // Room for title, legend, axis title and footnote, and per category row at 14 px text.
    private const int Chrome = 300;
    private const int RowHeight = 30;

    /// <summary>The size of a batch: the tallest any of its figures needs.</summary>
    public static ImageOptions For(IEnumerable<Figure> figures) =>
        figures.Select(For).MaxBy(o => o.Height) ?? new ImageOptions { Width = Width, Height = Height, Scale = 2 };

    public static ImageOptions For(Figure figure)
    {
        var rows = figure.Layout.YAxis?.Type == "category"
            ? figure.Data.SelectMany(t => t.Orientation == "h" || t.Type == "scatter" ? t.Y : []).OfType<string>().Distinct().Count()
            : 0;
        return new ImageOptions { Width = Width, Height = Math.Max(Height, Chrome + rows * RowHeight), Scale = 2 };
    }
}
