using AnalysisKit.Claims;
using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Claims;

public class GoldScorerTests
{
    private static Claim C(string article, long? low, long? high, Metric metric = Metric.Awol, string source = "HUR",
        string? start = null, string? end = "2025-10", Qualifier qualifier = Qualifier.Exact) => new()
    {
        Article = article, Quote = $"{low}-{high}", ValueLow = low, ValueHigh = high, Metric = metric, Source = source,
        Qualifier = qualifier, PeriodStart = PeriodPoint.TryParse(start), PeriodEnd = PeriodPoint.TryParse(end),
    };

    [Fact]
    public void Values_match_within_the_same_article_only()
    {
        var report = GoldScorer.Score([C("a", 10, 10), C("b", 20, 20)], [C("a", 10, 10), C("a", 20, 20)]);
        Assert.Equal(1, report.Matched);
        Assert.Equal(0.5, report.ValuePrecision);
        Assert.Equal(0.5, report.ValueRecall);
        Assert.Equal("b", Assert.Single(report.Spurious).Article);
        Assert.Equal(20, Assert.Single(report.Missed).ValueLow);
    }

    [Fact]
    public void An_empty_bound_matches_only_an_empty_bound()
    {
        var report = GoldScorer.Score([C("a", 10, 10)], [C("a", 10, null, qualifier: Qualifier.Over)]);
        Assert.Equal(0, report.Matched);
        Assert.Equal(0, report.ValueF1);
    }

    [Fact]
    public void Each_gold_claim_matches_at_most_one_prediction()
    {
        var report = GoldScorer.Score([C("a", 10, 10), C("a", 10, 10)], [C("a", 10, 10)]);
        Assert.Equal(1, report.Matched);
        Assert.Single(report.Spurious);
        Assert.Equal(0.5, report.ValuePrecision);
        Assert.Equal(1.0, report.ValueRecall);
    }

    [Fact]
    public void Among_equal_values_the_prediction_agreeing_on_most_fields_is_matched()
    {
        var report = GoldScorer.Score([C("a", 10, 10, Metric.Deaths), C("a", 10, 10, Metric.Awol)], [C("a", 10, 10, Metric.Awol)]);
        Assert.Equal(Metric.Awol, Assert.Single(report.Matches).Predicted.Metric);
        Assert.Equal(1.0, report.Fields.Metric);
    }

    [Fact]
    public void Full_F1_counts_matches_agreeing_on_every_field_but_source()
    {
        var gold = new[] { C("a", 1, 1), C("a", 2, 2), C("a", 3, 3), C("a", 4, 4) };
        var predicted = new[]
        {
            C("a", 1, 1),
            C("a", 2, 2, source: "somebody else entirely"),
            C("a", 3, 3, Metric.Desertion),
            C("a", 4, 4, end: "2025-09"),
        };
        var report = GoldScorer.Score(predicted, gold);
        Assert.Equal(4, report.Matched);
        Assert.Equal(2, report.FullMatched);
        Assert.Equal(0.5, report.FullF1, 6);
        Assert.Equal(0.75, report.Fields.Metric);
        Assert.Equal(0.75, report.Fields.Period);
        Assert.Equal(0.75, report.Fields.Source);
    }

    [Fact]
    public void Periods_agree_at_month_precision()
    {
        var report = GoldScorer.Score([C("a", 1, 1, end: "2025-08-30")], [C("a", 1, 1, end: "2025-08-01")]);
        Assert.Equal(1.0, report.Fields.Period);
    }

    [Theory]
    [InlineData("Prosecutor General's Office (via local media)", "Prosecutor General's Office", true)]
    [InlineData("Die Welt (Christoph Wanner)", "Die Welt correspondent", true)]
    [InlineData("hur", "HUR", true)]
    [InlineData("Maria Zakharova (citing Prosecutor General's Office)", "Zakharova", true)]
    [InlineData("unnamed source", "Ukrainian officials", false)]
    [InlineData("Ihor Lutsenko", "New Voice of Ukraine", false)]
    [InlineData("NCB", "National Coastguard Bureau", true)]
    [InlineData("Regional Tax Service (via a local paper)", "the RTS", true)]
    [InlineData("Bureau of Port Statistics", "BPS", true)]
    [InlineData("NCB", "Northern Harbour Authority", false)]
    [InlineData("ABC", "Alpha Beta", false)]
    // Case-insensitive: a proper name written in lower case on the other side is still shared.
    [InlineData("Ministry of Justice", "the justice ministry", true)]
    [InlineData("Ministry of Justice", "Ministry of Finance", false)]
    [InlineData("Belarusian interior ministry", "Lithuanian interior ministry", false)]
    public void Sources_agree_when_one_contains_the_other_they_share_a_proper_name_or_one_is_the_others_acronym(string gold, string predicted, bool agree) =>
        Assert.Equal(agree, SourceMatch.Agrees(gold, predicted));

    [Fact]
    public void A_fields_confusion_table_counts_matched_pairs_by_gold_and_predicted_value_most_frequent_first()
    {
        var gold = new[] { C("a", 1, 1, Metric.Awol), C("a", 2, 2, Metric.Awol), C("a", 3, 3, Metric.Desertion), C("a", 4, 4, Metric.Awol) };
        var predicted = new[] { C("a", 1, 1, Metric.Awol), C("a", 2, 2, Metric.Desertion), C("a", 3, 3, Metric.Desertion), C("a", 4, 4, Metric.Desertion) };
        var table = GoldScorer.Score(predicted, gold).Confusion("metric");
        Assert.Equal(
            [new ConfusionCell("awol", "desertion", 2), new ConfusionCell("awol", "awol", 1), new ConfusionCell("desertion", "desertion", 1)],
            table);
    }

    [Fact]
    public void No_predictions_for_no_gold_is_a_perfect_score()
    {
        var report = GoldScorer.Score([], []);
        Assert.Equal(1.0, report.ValueF1);
        Assert.Null(report.Fields.Metric);
    }
}
