using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using static AnalysisKit.Tests.Tables.TestClaims;

namespace AnalysisKit.Tests.Tables;

public class SourceNameTests
{
    [Theory]
    [InlineData("local media", "Local media")]
    [InlineData("Local media", "Local media")]
    [InlineData("  local   media ", "Local media")]
    [InlineData("Prosecutor General's Office", "Prosecutor General's Office")]
    [InlineData("Prosecutor General’s Office", "Prosecutor General's Office")]
    [InlineData("unnamed Ukrainian MP", "Unnamed Ukrainian MP")]
    [InlineData("HUR", "HUR")]
    [InlineData("", "")]
    public void A_source_is_written_one_way(string source, string expected) =>
        Assert.Equal(expected, SourceName.Normalise(source));

    [Fact]
    public void Names_that_differ_in_more_than_case_and_spacing_stay_apart() =>
        Assert.NotEqual(SourceName.Normalise("Local media"), SourceName.Normalise("Local media (citing the ministry)"));

    [Fact]
    public void Local_media_and_local_media_are_one_source_in_every_analysis_table()
    {
        var claims = new[]
        {
            Total(18_000, 18_000, "2025-05", "2025-05", source: "Local media"),
            Total(17_000, 17_000, "2025-10", "2025-10", source: "local media"),
            Total(230_000, 230_000, "2022-02", "2025-10", unit: CountUnit.Cases, source: "local media"),
            Total(231_000, 231_000, "2022-02", "2025-11", unit: CountUnit.Cases, source: "Local  media"),
            Returns(21_000, null, "2025-08-30", "local media"),
            Returns(22_000, null, "2025-09-30", "Local media"),
        };

        Assert.Equal(["Local media"], MonthlyFiguresTable.From(claims).Rows.Select(r => r.Source).Distinct());
        Assert.Equal(["Local media"], CumulativeTable.From(claims).Rows.Select(r => r.Source).Distinct());
        Assert.Equal(["Local media"], AmnestyTable.From(claims).Rows.Select(r => r.Source).Distinct());
    }
}
