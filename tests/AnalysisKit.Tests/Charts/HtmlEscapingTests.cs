using System.Text.Encodings.Web;
using System.Text.Json;
using AnalysisKit.Charts;
using AnalysisKit.Interactive;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// Article text is untrusted: these tests load pages carrying <see cref="TestCharts.Attack"/> in
/// real headless Chromium and check that nothing it contains ran, while its text is still shown.
/// </summary>
public sealed class HtmlEscapingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Draws, hovers the first point (so hover text is rendered), waits for late error handlers,
    // then reports what an attack would have changed.
    private const string Probe = """
        (async () => {
          const plots = [...document.querySelectorAll(".js-plotly-plot")];
          for (let i = 0; i < 200 && !document.querySelector(".main-svg"); i++) await new Promise(r => setTimeout(r, 20));
          for (const gd of plots) Plotly.Fx.hover(gd, [{ curveNumber: 0, pointNumber: 0 }]);
          await new Promise(r => setTimeout(r, 300));
          return JSON.stringify({
            pwned: window.__pwned ?? null,
            images: document.querySelectorAll("img").length,
            plots: plots.length,
            title: document.title,
            shown: [...document.querySelectorAll(".main-svg")].map(s => s.textContent).join(" "),
            hover: [...document.querySelectorAll(".hoverlayer")].map(h => h.textContent).join(" "),
          });
        })()
        """;

    [BrowserFact]
    public async Task A_figure_page_with_hostile_quotes_runs_nothing_and_shows_them_as_text()
    {
        await browser.OpenAsync(TestCharts.Attacked.ToHtml());

        var result = await ProbeAsync();

        Assert.Null(result.Pwned);
        Assert.Equal(0, result.Images);
        Assert.Equal(1, result.Plots);
        Assert.Equal("Title " + TestCharts.Attack, result.Title);
        Assert.Contains("<img src=x onerror=", result.Shown);
        Assert.Contains("<script>window.__pwned=1</script>", result.Hover);
    }

    [BrowserFact]
    public async Task Raw_plotly_json_with_unescaped_markup_is_embedded_without_breaking_out()
    {
        var attack = JsonSerializer.Serialize(TestCharts.Attack, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var json = """{"data":[{"type":"bar","x":["a"],"y":[1],"text":[ATTACK],"hovertemplate":ATTACK}],"layout":{"title":{"text":ATTACK}}}"""
            .Replace("ATTACK", attack);
        Assert.Contains("</script><script>", json);

        await browser.OpenAsync(FigureHtml.Page(json, TestCharts.Attack));
        var result = await ProbeAsync();

        Assert.Null(result.Pwned);
        Assert.Equal(0, result.Images);
        Assert.Equal(1, result.Plots);
        Assert.Equal(TestCharts.Attack, result.Title);
    }

    [BrowserFact]
    public async Task The_notebook_html_output_runs_nothing_and_draws_each_copy()
    {
        var fragment = Formats.Render(TestCharts.Attacked)["text/html"];

        // The output loads plotly.js from the CDN only when the page has none; this browser has no
        // network, so the page brings its own copy, as a notebook page that drew a figure before does.
        await browser.OpenAsync(
            $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title><script>{PlotlyScript.ForScriptElement}</script></head><body>{fragment}{fragment}</body></html>");
        var result = await ProbeAsync();

        Assert.Null(result.Pwned);
        Assert.Equal(0, result.Images);
        Assert.Equal(2, result.Plots);
    }

    [BrowserFact]
    public async Task The_probe_does_see_an_attack_that_runs()
    {
        await browser.OpenAsync(
            $"<!DOCTYPE html><html><head><script>{PlotlyScript.ForScriptElement}</script></head><body><p>{TestCharts.Attack}</p></body></html>");

        var result = await ProbeAsync();

        Assert.NotNull(result.Pwned);
        Assert.Equal(1, result.Images);
    }

    private async Task<ProbeResult> ProbeAsync() =>
        JsonSerializer.Deserialize<ProbeResult>(await browser.EvaluateAsync(Probe), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private sealed record ProbeResult(JsonElement? Pwned, int Images, int Plots, string Title, string Shown, string Hover);
}
