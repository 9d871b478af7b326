using System.Text.RegularExpressions;
using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class FigureHtmlTests
{
    [Fact]
    public void The_page_inlines_plotly_and_loads_nothing_from_the_network()
    {
        var html = TestCharts.LineWithProvenance.ToHtml();
        var page = html.Replace(PlotlyScript.ForScriptElement, "");

        Assert.Contains("plotly.js v4.1.2", html);
        Assert.True(page.Length < 10_000, "the page should be plotly.js plus a few lines");
        Assert.DoesNotMatch(new Regex(@"\ssrc=|\shref=|https?:", RegexOptions.IgnoreCase), page);
    }

    [Fact]
    public void Hostile_text_leaves_exactly_the_page_own_script_elements()
    {
        var html = TestCharts.Attacked.ToHtml();

        Assert.Equal(2, Regex.Matches(html, "<script", RegexOptions.IgnoreCase).Count);
        Assert.Equal(2, Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count);
        Assert.DoesNotContain("<!--", html);
        Assert.Contains("<title>Title &lt;/script&gt;&lt;script&gt;", html);
    }

    [Fact]
    public void Raw_json_is_checked_before_it_is_embedded()
    {
        var error = Assert.Throws<AnalysisKitException>(() => FigureHtml.Page("{\"data\":[]}</script><script>alert(1)//", "t"));

        Assert.StartsWith("figure JSON is not valid", error.Message);
    }
}
