using AnalysisKit.Charts;
using AnalysisKit.Interactive;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Charts;

/// <summary>The analysis charts, on the seeds and on an empty corpus, checked by plotly.js itself.</summary>
public sealed class AnalysisChartsValidationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly Analysis Seeds = Analysis.FromGold(
        Path.Combine(TestPaths.Seeds, "claims.gold.csv"), Path.Combine(TestPaths.Seeds, "manifest.csv"));

    private static readonly Analysis Empty = Analysis.FromClaims([]);

    private static readonly Dictionary<string, Func<Figure>> Charts = new()
    {
        ["monthly"] = () => MonthlyFiguresChart.Create(Seeds.Monthly),
        ["amnesty"] = () => AmnestyChart.Create(Seeds.Amnesty),
        ["spread"] = () => CumulativeSpreadChart.Create(Seeds.Cumulative),
        ["timeline"] = () => CumulativeSpreadChart.Timeline(Seeds.Cumulative),
        ["monthly, empty"] = () => MonthlyFiguresChart.Create(Empty.Monthly),
        ["amnesty, empty"] = () => AmnestyChart.Create(Empty.Amnesty),
        ["spread, empty"] = () => CumulativeSpreadChart.Create(Empty.Cumulative),
        ["timeline, empty"] = () => CumulativeSpreadChart.Timeline(Empty.Cumulative),
    };

    public static TheoryData<string> Names() => [.. Charts.Keys];

    public Task InitializeAsync() =>
        ChartExporter.FindBrowser() is null ? Task.CompletedTask : browser.OpenAsync(ChartExporter.RenderPage());

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserTheory]
    [MemberData(nameof(Names))]
    public async Task Plotly_validate_finds_no_error_in_the_analysis_chart(string chart)
    {
        var json = Charts[chart]().ToJson();

        var errors = await browser.EvaluateAsync(
            $"(() => {{ const f = {json}; return JSON.stringify((Plotly.validate(f.data, f.layout) || []).map(e => e.msg)); }})()");

        Assert.Equal("[]", errors);
    }
}
