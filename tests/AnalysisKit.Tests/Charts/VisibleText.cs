using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>The text a reader sees in a figure, gathered from its JSON model for readability checks.</summary>
internal static class VisibleText
{
    public static IEnumerable<string> Of(Figure figure)
    {
        var l = figure.Layout;
        if (l.Title is { } title)
        {
            yield return title.Text;
            if (title.Subtitle is { } subtitle) yield return subtitle;
        }

        foreach (var axis in new[] { l.XAxis, l.YAxis, l.XAxis2, l.YAxis2 }.OfType<Axis>())
        {
            if (axis.Title is { } axisTitle) yield return axisTitle.Text;
            foreach (var tick in axis.TickText ?? []) yield return tick;
        }

        foreach (var label in CategoryLabels(figure)) yield return label;
        foreach (var name in LegendNames(figure)) yield return name;
        foreach (var note in l.Annotations) yield return note.Text;
        foreach (var text in figure.Data.SelectMany(t => t.Text ?? [])) yield return text;
    }

    public static IEnumerable<string> LegendNames(Figure figure) =>
        figure.Data.Where(t => t.ShowLegend == true && t.Name is not null).Select(t => t.Name!);

    /// <summary>The labels of category y axes (the charts here put categories on y).</summary>
    public static IEnumerable<string> CategoryLabels(Figure figure) =>
        figure.Layout.YAxis?.Type == "category" || figure.Layout.YAxis2?.Type == "category"
            ? figure.Data.SelectMany(t => t.Y).OfType<string>().Distinct()
            : [];

    /// <summary>Lines of <paramref name="text"/>, as plotly breaks them.</summary>
    public static string[] Lines(string text) => text.Split('\n');
}
