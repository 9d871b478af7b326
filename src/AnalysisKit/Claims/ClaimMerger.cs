using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// A figure repeated in one article (headline and body, quoted twice) is one claim (spec). Mentions
/// with the same bounds merge when they count the same kind of thing; a headline merges with
/// any body mention of its figure, since headlines paraphrase ("60,000 Soldiers Abandon the Front
/// Lines" for "charged 60,000 soldiers with desertion"). A hedged round figure that restates a
/// precise one ("almost 1,500" against 1,480) then gives way to it (<see cref="RoundedRestatement"/>).
/// A definite figure ("how many of the 3,000 cases involved …") merges with the earlier mention of its
/// value, whatever the words around it say.
/// </summary>
internal static class ClaimMerger
{
    public static IReadOnlyList<Claim> Merge(IReadOnlyList<Candidate> candidates)
    {
        var clusters = new List<List<Candidate>>();
        var byValue = new Dictionary<(long?, long?), List<List<Candidate>>>();
        foreach (var candidate in candidates)
        {
            var key = (candidate.Claim.ValueLow, candidate.Claim.ValueHigh);
            if (!byValue.TryGetValue(key, out var sameValue)) byValue[key] = sameValue = [];
            var home = sameValue.FirstOrDefault(cluster =>
                candidate.Headline || cluster.Any(c => c.Headline)
                || (candidate.Definite || cluster.Any(c => Family(c.Claim.Metric) == Family(candidate.Claim.Metric))) && !cluster.Any(c => TwoFigures(c, candidate)));
            if (home is null)
            {
                home = [];
                sameValue.Add(home);
                clusters.Add(home);
            }
            home.Add(candidate);
        }
        var kept = clusters.Select(cluster => cluster.MaxBy(Informativeness)!).ToList();
        var restated = RestatedRounded(kept);
        return kept.Where((_, i) => !restated[i]).Select(c => c.Claim).ToList();
    }

    // A hedged round figure goes when it restates exactly one precise figure of the article (spec:
    // the claim keeps the precise figure and its qualifier); with two candidates it is left alone,
    // since which one it rounds is a guess.
    private static bool[] RestatedRounded(List<Candidate> kept)
    {
        var restated = new bool[kept.Count];
        for (var i = 0; i < kept.Count; i++)
            restated[i] = kept.Where((precise, j) => j != i && RoundedRestatement.Restates(kept[i], precise)).Take(2).Count() == 1;
        return restated;
    }

    // The same value stated twice with different meanings is two claims (spec): one sentence that
    // counts it in people and in cases ("900 soldiers deserted, and 900 cases were opened"), or two
    // periods each stated and apart ("1,500 in 2023; in 2024 another 1,500").
    private static bool TwoFigures(Candidate a, Candidate b) =>
        a.SentenceIndex == b.SentenceIndex && a.Claim.Unit != b.Claim.Unit
        || a.PeriodStated && b.PeriodStated && !a.PeriodRelative && !b.PeriodRelative && Apart(a.Claim, b.Claim) | Apart(b.Claim, a.Claim);

    // The first ends before the second starts, at month precision.
    private static bool Apart(Claim first, Claim second) =>
        first.PeriodEnd is { } end && second.PeriodStart is { } start && end.MonthIndex < start.MonthIndex;

    // Body before headline, then a stated period, then a stated source; MaxBy keeps the first of equals.
    private static int Informativeness(Candidate c) =>
        (c.Headline ? 0 : 8) + (c.PeriodStated ? 4 : 0) + (c.SourceStated ? 2 : 0);

    // Absence and desertion are one family: articles restate one figure in either word.
    private static int Family(Metric metric) =>
        metric is Metric.Awol or Metric.Desertion or Metric.AwolOrDesertion ? -1 : (int)metric;
}
