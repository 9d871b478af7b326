using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public sealed class PlotlyValidationTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    public Task InitializeAsync() =>
        ChartExporter.FindBrowser() is null ? Task.CompletedTask : browser.OpenAsync(ChartExporter.RenderPage());

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserTheory]
    [MemberData(nameof(TestCharts.Names), MemberType = typeof(TestCharts))]
    public async Task Plotly_validate_finds_no_error_in_the_chart(string chart)
    {
        var json = TestCharts.All[chart]().ToJson();

        var errors = await browser.EvaluateAsync(
            $"(() => {{ const f = {json}; return JSON.stringify((Plotly.validate(f.data, f.layout) || []).map(e => e.msg)); }})()");

        Assert.Equal("[]", errors);
    }

    [BrowserFact]
    public async Task Plotly_validate_does_catch_a_wrong_attribute()
    {
        var wrong = new Figure { Data = [new Trace { X = [1], Y = [1], Mode = "markers", Line = new LineStyle { Dash = "sideways" } }] };

        var errors = await browser.EvaluateAsync(
            $"(() => {{ const f = {wrong.ToJson()}; return JSON.stringify((Plotly.validate(f.data, f.layout) || []).map(e => e.msg)); }})()");

        Assert.NotEqual("[]", errors);
    }
}
