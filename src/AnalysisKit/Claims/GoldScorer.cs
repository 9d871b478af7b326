using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>Scores predicted claims against gold exactly as <c>spec/claims.md</c> says.</summary>
public static class GoldScorer
{
    /// <summary>
    /// Matches each gold claim to at most one prediction of the same article with equal
    /// value_low and value_high (an empty bound matches only an empty bound). Among equal-valued
    /// candidates the one agreeing on most fields is taken, so field shares are not an accident
    /// of row order.
    /// </summary>
    public static ScoreReport Score(IReadOnlyList<Claim> predicted, IReadOnlyList<Claim> gold)
    {
        var unmatched = predicted.ToList();
        var matches = new List<MatchedClaim>();
        var missed = new List<Claim>();
        foreach (var goldClaim in gold)
        {
            var best = unmatched
                .Where(p => p.Article == goldClaim.Article && p.ValueLow == goldClaim.ValueLow && p.ValueHigh == goldClaim.ValueHigh)
                .Select(p => (Claim: p, Disagreements: Disagreements(goldClaim, p)))
                .OrderBy(c => c.Disagreements.Count)
                .FirstOrDefault();
            if (best.Claim is null)
            {
                missed.Add(goldClaim);
                continue;
            }
            unmatched.Remove(best.Claim);
            matches.Add(new MatchedClaim(goldClaim, best.Claim, best.Disagreements));
        }

        return new ScoreReport
        {
            Gold = gold.Count,
            Predicted = predicted.Count,
            Matches = matches,
            Missed = missed,
            Spurious = unmatched,
            Fields = new FieldAgreement(
                Share(matches, "qualifier"), Share(matches, "metric"), Share(matches, "unit"), Share(matches, "rate"),
                Share(matches, "force"), Share(matches, "period"), Share(matches, "source")),
        };
    }

    /// <summary>The fields on which a matched pair disagrees, by spec column name.</summary>
    public static IReadOnlyList<string> Disagreements(Claim gold, Claim predicted)
    {
        var fields = new List<string>();
        if (gold.Qualifier != predicted.Qualifier) fields.Add("qualifier");
        if (gold.Metric != predicted.Metric) fields.Add("metric");
        if (gold.Unit != predicted.Unit) fields.Add("unit");
        if (gold.Rate != predicted.Rate) fields.Add("rate");
        if (gold.Force != predicted.Force) fields.Add("force");
        if (!SameMonth(gold.PeriodStart, predicted.PeriodStart) || !SameMonth(gold.PeriodEnd, predicted.PeriodEnd)) fields.Add("period");
        if (!SourceMatch.Agrees(gold.Source, predicted.Source)) fields.Add("source");
        return fields;
    }

    private static bool SameMonth(PeriodPoint? a, PeriodPoint? b) => a?.AsMonth == b?.AsMonth;

    private static double? Share(IReadOnlyList<MatchedClaim> matches, string field) =>
        matches.Count == 0 ? null : (double)matches.Count(m => !m.Disagreements.Contains(field)) / matches.Count;
}
