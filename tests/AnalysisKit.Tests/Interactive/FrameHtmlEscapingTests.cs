using System.Text.Json;
using AnalysisKit.Claims;
using AnalysisKit.Interactive;
using AnalysisKit.Tables;
using AnalysisKit.Tests.Charts;
using AnalysisKit.Tests.Tables;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// Article text is untrusted: a claims frame whose quote, source and article carry
/// <see cref="TestCharts.Attack"/> is loaded as notebook HTML in real headless Chromium.
/// </summary>
public sealed class FrameHtmlEscapingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Probe = """
        (async () => {
          await new Promise(r => setTimeout(r, 300));
          const rows = [...document.querySelectorAll("tbody tr")];
          return JSON.stringify({
            pwned: window.__pwned ?? null,
            images: document.querySelectorAll("img").length,
            scripts: document.querySelectorAll("script").length,
            rows: rows.length,
            titles: rows.map(r => r.title),
            cells: [...document.querySelectorAll("tbody td")].map(td => td.textContent),
            cellTitles: [...document.querySelectorAll("tbody td[title]")].map(td => td.title),
          });
        })()
        """;

    [BrowserFact]
    public async Task A_claims_frame_with_hostile_text_runs_nothing_and_shows_it_as_text()
    {
        var hostile = TestClaims.Total(1_000, 2_000, "2024-01", "2024-06", source: TestCharts.Attack, article: TestCharts.Attack, quote: TestCharts.Attack);
        var frame = new ClaimTable([hostile, TestClaims.Total(5, 5, null, "2024-06")]).ToFrame();
        var fragment = FrameHtml.ToHtml(frame, new FrameHtmlOptions(MaxTextLength: 200));

        await browser.OpenAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>{fragment}</body></html>");
        var result = JsonSerializer.Deserialize<ProbeResult>(await browser.EvaluateAsync(Probe), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Null(result.Pwned);
        Assert.Equal(0, result.Images);
        Assert.Equal(0, result.Scripts);
        Assert.Equal(2, result.Rows);
        Assert.Equal(TestCharts.Attack, result.Titles[0]);
        Assert.Equal(3, result.Cells.Count(text => text == TestCharts.Attack));
        Assert.Contains("1,000", result.Cells);
    }

    [BrowserFact]
    public async Task A_clipped_hostile_quote_is_whole_on_hover_and_still_inert()
    {
        var hostile = TestClaims.Total(1, 1, null, "2024-06", quote: TestCharts.Attack);
        var fragment = FrameHtml.ToHtml(new ClaimTable([hostile]).ToFrame(), new FrameHtmlOptions(MaxTextLength: 12));

        await browser.OpenAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>{fragment}</body></html>");
        var result = JsonSerializer.Deserialize<ProbeResult>(await browser.EvaluateAsync(Probe), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Null(result.Pwned);
        Assert.Equal(0, result.Images);
        Assert.Equal([TestCharts.Attack], result.CellTitles);
        Assert.Contains(TestCharts.Attack[..11] + "…", result.Cells);
    }

    private sealed record ProbeResult(JsonElement? Pwned, int Images, int Scripts, int Rows, string[] Titles, string[] Cells, string[] CellTitles);
}
