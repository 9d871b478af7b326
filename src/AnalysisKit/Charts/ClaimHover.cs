using System.Globalization;
using AnalysisKit.Claims.Review;
using AnalysisKit.Recognition;

namespace AnalysisKit.Charts;

/// <summary>
/// The hover of a point drawn from a claim: who said it, the figure as stated, its period, the
/// quote and the article. Rows are plain text; the figure JSON writer escapes them.
/// </summary>
internal static class ClaimHover
{
    /// <summary>Reads a row of <see cref="Row"/>: source, figure · period, quote, article.</summary>
    public const string Template =
        "<b>%{customdata[0]}</b><br>%{customdata[4]} · %{customdata[3]}<br>%{customdata[1]}<br><i>%{customdata[2]}</i><extra></extra>";

    /// <remarks>A reviewed claim's article line also says what the review did (<c>corrected by review: metric awol → desertion (note)</c>).</remarks>
    public static IReadOnlyList<string> Row(string source, string quote, string article, string period, string figure, ClaimReview? review = null) =>
        [source, PlotlyText.Wrap($"“{quote}”", 60), review is { IsReviewed: true } ? PlotlyText.Wrap($"{article} · {review}", 60) : article, period, figure];

    /// <summary>A figure as a reader would say it: <c>21,000</c>, <c>over 21,000</c>, <c>100,000–200,000</c>.</summary>
    public static string Figure(double? low, double? high, Qualifier qualifier) => (low, high) switch
    {
        (double l, double h) when l != h => $"{N(l)}–{N(h)}",
        (double l, _) when high is null => $"over {N(l)}",
        (null, double h) => $"up to {N(h)}",
        (double l, _) => qualifier == Qualifier.Approx ? $"about {N(l)}" : N(l),
        _ => "",
    };

    public static string Period(PeriodPoint? start, PeriodPoint? end, int? months = null) => (start, end) switch
    {
        (null, null) => "no period stated",
        (null, PeriodPoint e) => $"to {e}",
        (PeriodPoint s, null) => $"from {s}",
        (PeriodPoint s, PeriodPoint e) when s == e => s.ToString(),
        (PeriodPoint s, PeriodPoint e) => months is int n ? $"{s} to {e} ({n} months)" : $"{s} to {e}",
    };

    public static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
