using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Tables;

public class ProjectionTests
{
    [Theory]
    [InlineData("may reach as many as 300,000", true)]
    [InlineData("could exceed 200,000 by December", true)]
    [InlineData("the number will top 50,000", true)]
    [InlineData("is expected to reach 40,000", true)]
    [InlineData("are projected to total 12,000", true)]
    [InlineData("is on track to pass 90,000", true)]
    [InlineData("Last May saw a record 18,000 cases", false)]
    [InlineData("as many as 20,000 may have deserted", false)]
    [InlineData("21,600 deserted in October", false)]
    [InlineData("over 230,000 cases have been opened", false)]
    public void A_forward_looking_modal_or_forecast_verb_makes_a_projection(string quote, bool projection) =>
        Assert.Equal(projection, Projection.IsForecastWording(quote));

    [Fact]
    public void A_period_that_ends_after_publication_is_a_projection_whatever_the_wording()
    {
        var claim = Total(null, 300_000, "2025-01", "2025-12", quote: "300,000 this year") with { Published = new DateOnly(2025, 10, 15) };
        Assert.True(Projection.IsProjection(claim));
        Assert.False(Projection.IsProjection(claim with { PeriodEnd = PeriodPoint.TryParse("2025-10") }));
    }

    [Fact]
    public void The_monthly_and_cumulative_tables_flag_a_projection_stated_in_words()
    {
        // Published after the period ends: only the wording says it is a forecast.
        var forecast = Total(null, 300_000, "2025-01", "2025-12", Metric.Desertion, CountUnit.Cases, quote: "may reach as many as 300,000") with { Published = new DateOnly(2026, 1, 10) };
        var count = Total(180_000, 180_000, "2025-01", "2025-11", quote: "reached 180,000") with { Published = new DateOnly(2025, 11, 10) };

        var monthly = MonthlyFiguresTable.From([forecast, count]).Rows;
        Assert.Equal([true, false], monthly.OrderBy(r => r.Quote == "reached 180,000").Select(r => r.IsProjection));
        Assert.Contains("projection", MonthlyFiguresTable.From([forecast]).ToCsv().Split('\n')[0]);
        Assert.True(Assert.Single(CumulativeTable.From([forecast]).Rows).IsProjection);
    }
}
