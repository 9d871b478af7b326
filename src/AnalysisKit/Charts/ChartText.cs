namespace AnalysisKit.Charts;

/// <summary>
/// How much room text takes at the house size: charts size their margins from their longest
/// label instead of letting plotly cut it or a label being shortened with an ellipsis.
/// </summary>
internal static class ChartText
{
    /// <summary>
    /// The average advance of a character in the house sans fonts, in ems; wide enough for DejaVu
    /// Sans (Linux CI's fallback, the widest of the list), so an estimate errs on the roomy side.
    /// </summary>
    public const double CharacterWidth = 0.62;

    /// <summary>The estimated width in px of the longest line of <paramref name="text"/> at <paramref name="fontSize"/> px.</summary>
    public static double Width(string text, double fontSize) =>
        text.Split('\n').Max(line => line.Length) * fontSize * CharacterWidth;

    /// <summary>The widest of <paramref name="texts"/>; 0 when there are none.</summary>
    public static double Widest(IEnumerable<string> texts, double fontSize) =>
        texts.Select(t => Width(t, fontSize)).DefaultIfEmpty(0).Max();

    /// <summary>A label broken into lines of about <paramref name="width"/> characters, never cut.</summary>
    public static string Lines(string text, int width) => text.Length <= width ? text : PlotlyText.Wrap(text, width);
}
