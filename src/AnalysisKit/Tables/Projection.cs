using System.Text.RegularExpressions;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// Whether a claim forecasts rather than reports: the claim model has no such flag, so the
/// tables derive it from what every projection shows, a forward-looking modal or forecast verb
/// in the quote ("may reach as many as 300,000", "is expected to exceed"), or a period that ends
/// after the article was published.
/// </summary>
public static partial class Projection
{
    public static bool IsProjection(Claim claim) =>
        IsForecastWording(claim.Quote)
        || (claim.Published is DateOnly published && claim.PeriodEnd is PeriodPoint end && end.AsMonth.MonthIndex > PeriodPoint.OfMonth(published).MonthIndex);

    /// <summary>
    /// A modal or forecast verb in <paramref name="quote"/>, unless it hedges the past
    /// ("may have deserted" reports an uncertain fact, not a forecast). Case-sensitive: the modal
    /// is lower case, the month "May" is not.
    /// </summary>
    public static bool IsForecastWording(string quote) => ForecastCue().IsMatch(quote);

    [GeneratedRegex(@"\b(?:(?:may|might|could|will|would|shall)(?!\s+(?:have|not\s+have)\b)|(?:expected|projected|forecast|predicted|set|likely|on\s+track)\s+to)\b(?!['’])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ForecastCue();
}
