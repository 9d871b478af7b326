using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// A figure repeated in one article (headline and body, quoted twice) is one claim (spec). Mentions
/// with the same bounds merge when they count the same kind of thing; a headline merges with
/// any body mention of its figure, since headlines paraphrase ("60,000 Soldiers Abandon the Front
/// Lines" for "charged 60,000 soldiers with desertion").
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
                || cluster.Any(c => Family(c.Claim.Metric) == Family(candidate.Claim.Metric)));
            if (home is null)
            {
                home = [];
                sameValue.Add(home);
                clusters.Add(home);
            }
            home.Add(candidate);
        }
        return clusters.Select(cluster => cluster.MaxBy(Informativeness)!.Claim).ToList();
    }

    // Body before headline, then a stated period, then a stated source; MaxBy keeps the first of equals.
    private static int Informativeness(Candidate c) =>
        (c.Headline ? 0 : 8) + (c.PeriodStated ? 4 : 0) + (c.SourceStated ? 2 : 0);

    // Absence and desertion are one family: articles restate one figure in either word.
    private static int Family(Metric metric) =>
        metric is Metric.Awol or Metric.Desertion or Metric.AwolOrDesertion ? -1 : (int)metric;
}
