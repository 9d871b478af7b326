using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>How predicted claims compare with a gold table, by the spec's scoring rules.</summary>
public sealed record ScoreReport
{
    public required int Gold { get; init; }
    public required int Predicted { get; init; }

    /// <summary>Pairs matched on article and values alone.</summary>
    public required IReadOnlyList<MatchedClaim> Matches { get; init; }

    /// <summary>Gold claims no prediction matched.</summary>
    public required IReadOnlyList<Claim> Missed { get; init; }

    /// <summary>Predictions that matched no gold claim.</summary>
    public required IReadOnlyList<Claim> Spurious { get; init; }

    public required FieldAgreement Fields { get; init; }

    public int Matched => Matches.Count;
    public int FullMatched => Matches.Count(m => m.IsFullMatch);
    public double ValuePrecision => Ratio(Matched, Predicted);
    public double ValueRecall => Ratio(Matched, Gold);
    public double ValueF1 => F1(ValuePrecision, ValueRecall);
    public double FullPrecision => Ratio(FullMatched, Predicted);
    public double FullRecall => Ratio(FullMatched, Gold);
    public double FullF1 => F1(FullPrecision, FullRecall);

    /// <summary>The categorical fields a confusion table is drawn for, by spec column name.</summary>
    public static IReadOnlyList<string> ConfusionFields { get; } = ["qualifier", "metric", "unit", "rate", "force"];

    /// <summary>
    /// For the matched pairs, gold value → predicted value with counts, most frequent first
    /// (agreements included, so an error class is seen against its field's volume).
    /// </summary>
    public IReadOnlyList<ConfusionCell> Confusion(string field)
    {
        Func<Claim, string> value = field switch
        {
            "qualifier" => c => c.Qualifier.ToSpec(),
            "metric" => c => c.Metric.ToSpec(),
            "unit" => c => c.Unit.ToSpec(),
            "rate" => c => c.Rate.ToSpec(),
            "force" => c => c.Force.ToSpec(),
            _ => throw new ArgumentException($"no confusion table for field '{field}'", nameof(field)),
        };
        return Matches
            .GroupBy(m => (Gold: value(m.Gold), Predicted: value(m.Predicted)))
            .Select(g => new ConfusionCell(g.Key.Gold, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Gold, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .ToList();
    }

    // An empty prediction of an empty gold table is perfect, not undefined.
    private double Ratio(int part, int whole) => whole == 0 ? (Gold == 0 && Predicted == 0 ? 1 : 0) : (double)part / whole;

    private static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
