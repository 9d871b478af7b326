using AnalysisKit.Recognition;

namespace AnalysisKit.Tests.Recognition;

public class SpecNamesTests
{
    [Theory]
    [InlineData(Metric.AwolOrDesertion, "awol_or_desertion")]
    [InlineData(Metric.AmnestyReturns, "amnesty_returns")]
    [InlineData(Metric.Awol, "awol")]
    public void Metrics_are_spelled_in_snake_case(Metric metric, string spec) =>
        Assert.Equal(spec, metric.ToSpec());

    [Fact]
    public void Forces_keep_their_capitals() => Assert.Equal("UA", Force.UA.ToSpec());

    [Theory]
    [InlineData("per_month", Rate.PerMonth)]
    [InlineData("total", Rate.Total)]
    public void Spec_spellings_parse_back(string spec, Rate rate) =>
        Assert.Equal(rate, SpecNames.Parse<Rate>(spec));

    [Fact]
    public void An_unknown_spelling_parses_to_null() => Assert.Null(SpecNames.Parse<Rate>("yearly"));

    [Theory]
    [InlineData("2025-10", 2025, 10, null)]
    [InlineData("2025-08-30", 2025, 8, 30)]
    public void Period_points_round_trip(string text, int year, int month, int? day)
    {
        var point = PeriodPoint.TryParse(text);
        Assert.Equal(new PeriodPoint(year, month, day), point);
        Assert.Equal(text, point.ToString());
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("October")]
    public void Malformed_period_points_are_rejected(string text) => Assert.Null(PeriodPoint.TryParse(text));
}
