using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

/// <summary>One headless Chromium shared by the tests of a class (they run one at a time).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private HeadlessChromium? _browser;

    internal HeadlessChromium Browser => _browser ?? throw new InvalidOperationException("no browser");

    public async Task InitializeAsync()
    {
        if (ChartExporter.FindBrowser() is { } path)
        {
            _browser = await HeadlessChromium.StartAsync(path, Timeout, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    internal Task OpenAsync(string html) => Browser.OpenHtmlAsync(html, Timeout, CancellationToken.None);

    internal async Task<string> EvaluateAsync(string expression) =>
        (await Browser.EvaluateAsync(expression, Timeout, CancellationToken.None)).ToString();
}
