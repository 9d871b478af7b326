using AnalysisKit.Claims.Review;

namespace AnalysisKit.Charts;

/// <summary>
/// How a chart shows the analyst's review: a ring around each point a review corrected or
/// added, and a subtitle sentence counting them. A chart with no such point is unchanged.
/// </summary>
internal static class ReviewMarks
{
    /// <summary>The ring's colour: the house text colour, visible on every source colour.</summary>
    private const string RingColor = "#222222";

    private static bool IsChanged(ClaimReview review) => review.Status is ReviewStatus.Corrected or ReviewStatus.Added;

    /// <summary>
    /// A subtitle line of its own, <c>Review: 2 of 14 figures corrected, 1 added (points ringed).</c>,
    /// the hovers saying what changed; empty when the review changed none.
    /// </summary>
    public static string Caption(IReadOnlyCollection<ClaimReview> reviews, bool ringed = true)
    {
        var corrected = reviews.Count(r => r.Status == ReviewStatus.Corrected);
        var added = reviews.Count(r => r.Status == ReviewStatus.Added);
        if (corrected + added == 0) return "";
        var parts = new List<string>();
        if (corrected > 0) parts.Add($"{corrected} of {reviews.Count} figures corrected");
        if (added > 0) parts.Add(corrected > 0 ? $"{added} added" : $"{added} of {reviews.Count} figures added");
        return $"\nReview: {string.Join(", ", parts)}{(ringed ? " (points ringed)" : "")}.";
    }

    /// <summary>
    /// The extra top margin in px a caption needs: a 14 px subtitle line, so the caption does not
    /// run into the legend above the plot; 0 for no caption, so an unreviewed chart is unchanged.
    /// </summary>
    public static double Room(string caption) => caption.Length == 0 ? 0 : 22 * caption.Count(c => c == '\n');

    /// <summary>A ring trace over the points whose review changed them; null when there is none.</summary>
    public static Trace? Rings(IEnumerable<(object? X, object? Y, IReadOnlyList<string> Hover, ClaimReview Review)> points)
    {
        var changed = points.Where(p => IsChanged(p.Review)).ToList();
        if (changed.Count == 0) return null;
        return new Trace
        {
            Type = "scatter", Mode = "markers", Name = "changed by review", ShowLegend = false,
            X = changed.Select(p => p.X).ToArray(),
            Y = changed.Select(p => p.Y).ToArray(),
            Marker = new Marker { Color = RingColor, Size = 20, Symbol = "circle-open", Line = new LineStyle { Width = 1.5 } },
            CustomData = changed.Select(p => p.Hover).ToArray(), HoverTemplate = ClaimHover.Template,
        };
    }
}
