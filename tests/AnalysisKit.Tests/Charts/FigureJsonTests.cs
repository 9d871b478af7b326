using AnalysisKit.Charts;

namespace AnalysisKit.Tests.Charts;

public class FigureJsonTests
{
    public static TheoryData<string, string> PinnedCharts => new()
    {
        {
            nameof(TestCharts.LineWithProvenance),
            """{"data":[{"type":"scatter","name":"AWOL cases","x":["2024-01-01","2024-02-01","2024-03-01"],"y":[1200,1350,1410],"mode":"lines+markers","customdata":[["Ministry of Defence","“about 1,200 servicemen left their units in January”","001_aa","2024-01"],["Ministry of Defence","“another 1,350 in February”","001_aa","2024-02"],["Prosecutor's office","“1,410 cases opened in March”","002_bb","2024-03"]],"hovertemplate":"<b>%{customdata[0]}</b><br>%{y:,d} · %{customdata[3]}<br>%{customdata[1]}<br><i>%{customdata[2]}</i>"}],"layout":{"title":{"text":"Monthly AWOL cases"},"xaxis":{"title":{"text":"Month"}},"yaxis":{"title":{"text":"Cases (count)"}}},"config":{"responsive":true,"displaylogo":false}}"""
        },
        {
            nameof(TestCharts.OpenMarkersWithAsymmetricErrors),
            """{"data":[{"type":"scatter","name":"estimates","x":[1,2,3],"y":[10.5,12,9.25],"mode":"markers","marker":{"size":10,"symbol":"circle-open"},"error_y":{"type":"data","symmetric":false,"array":[1.5,2,null],"arrayminus":[0.5,1,null],"visible":true}}],"layout":{},"config":{"responsive":true,"displaylogo":false}}"""
        },
        {
            nameof(TestCharts.DashedSteps),
            """{"data":[{"type":"scatter","name":"cumulative","x":["2024-01-01","2024-02-01","2024-03-01"],"y":[3,5,4],"mode":"lines","line":{"width":2,"dash":"dash","shape":"hv"}}],"layout":{},"config":{"responsive":true,"displaylogo":false}}"""
        },
        {
            nameof(TestCharts.GroupedBarsWithErrors),
            """{"data":[{"type":"bar","name":"low","x":["2023","2024"],"y":[7000,9000],"error_y":{"type":"data","symmetric":true,"array":[500,700],"visible":true}},{"type":"bar","name":"high","x":["2023","2024"],"y":[8000,11000]}],"layout":{"barmode":"group"},"config":{"responsive":true,"displaylogo":false}}"""
        },
        {
            nameof(TestCharts.HorizontalBarsWithProvenance),
            """{"data":[{"type":"bar","x":[1200,1350.5,1410],"y":["Ministry","Prosecutors","Monitors"],"orientation":"h","customdata":[["Ministry of Defence","“about 1,200 servicemen left their units in January”","001_aa","2024-01"],["Ministry of Defence","“another 1,350 in February”","001_aa","2024-02"],["Prosecutor's office","“1,410 cases opened in March”","002_bb","2024-03"]],"hovertemplate":"<b>%{customdata[0]}</b><br>%{x:,~f} · %{customdata[3]}<br>%{customdata[1]}<br><i>%{customdata[2]}</i><extra></extra>","error_x":{"type":"data","symmetric":true,"array":[100,50,20],"visible":true}}],"layout":{"barmode":"group"},"config":{"responsive":true,"displaylogo":false}}"""
        },
        {
            nameof(TestCharts.BandAroundLine),
            """{"data":[{"type":"scatter","name":"range of estimates","x":["2024-01-01","2024-02-01","2024-03-01"],"y":[1000,1100,1150],"mode":"lines","hoverinfo":"skip","line":{"width":0},"showlegend":false,"legendgroup":"range of estimates"},{"type":"scatter","name":"range of estimates","x":["2024-01-01","2024-02-01","2024-03-01"],"y":[1400,1500,1600],"mode":"lines","hoverinfo":"skip","line":{"width":0},"fill":"tonexty","fillcolor":"rgba(0,114,178,0.2)","showlegend":true,"legendgroup":"range of estimates"},{"type":"scatter","name":"central","x":["2024-01-01","2024-02-01","2024-03-01"],"y":[1200,1350,1410],"mode":"lines+markers"}],"layout":{},"config":{"responsive":true,"displaylogo":false}}"""
        },
    };

    [Theory]
    [MemberData(nameof(PinnedCharts))]
    public void A_chart_serializes_to_exactly_its_pinned_plotly_json(string chart, string json) =>
        Assert.Equal(json, TestCharts.All[chart]().ToJson());

    [Theory]
    [InlineData("a <b>bold</b> claim", "a &lt;b&gt;bold&lt;/b&gt; claim")]
    [InlineData("Smith & Sons", "Smith &amp; Sons")]
    [InlineData("&lt; stays literal", "&amp;lt; stays literal")]
    [InlineData("two\nlines", "two<br>lines")]
    [InlineData("two\r\nlines", "two<br>lines")]
    [InlineData("plain “quotes” — and Кириллица", "plain “quotes” — and Кириллица")]
    public void Plain_text_becomes_plotly_text_that_cannot_form_a_tag(string text, string plotly) =>
        Assert.Equal($$$"""{"data":[],"layout":{"title":{"text":"{{{plotly}}}"}},"config":{"responsive":true,"displaylogo":false}}""",
            new Figure().WithTitle(text).ToJson());

    [Fact]
    public void Missing_and_non_finite_values_are_gaps()
    {
        var json = Chart.Line(new[] { 1, 2, 3, 4 }, new double?[] { 1, null, double.NaN, double.PositiveInfinity }).ToJson();

        Assert.Contains("\"y\":[1,null,null,null]", json);
    }

    [Fact]
    public void Dates_with_a_time_keep_it()
    {
        var json = Chart.Scatter(new[] { new DateTime(2024, 5, 1), new DateTime(2024, 5, 1, 13, 30, 0) }, new[] { 1, 2 }).ToJson();

        Assert.Contains("\"x\":[\"2024-05-01\",\"2024-05-01 13:30:00\"]", json);
    }

    [Fact]
    public void A_value_plotly_cannot_show_is_an_error_naming_its_type()
    {
        var error = Assert.Throws<AnalysisKitException>(() => Chart.Scatter(new[] { Guid.Empty }, new[] { 1 }).ToJson());

        Assert.Contains("Guid", error.Message);
    }

    [Fact]
    public void Provenance_must_cover_every_point()
    {
        var error = Assert.Throws<AnalysisKitException>(() =>
            Chart.Line(new[] { 1, 2 }, new[] { 3, 4 }, "series", [new Provenance("s", "q", "a", "p")]));

        Assert.Contains("series", error.Message);
    }

    [Fact]
    public void Long_quotes_are_wrapped_so_the_hover_box_stays_narrow()
    {
        var quote = string.Join(' ', Enumerable.Repeat("soldiers", 20));
        var json = Chart.Scatter(new[] { 1 }, new[] { 1 }, points: [new Provenance("s", quote, "a", "p")]).ToJson();

        Assert.Contains("soldiers<br>soldiers", json);
    }

    [Fact]
    public void A_chart_is_a_value_changes_return_new_figures()
    {
        var line = TestCharts.LineWithProvenance;
        var titled = line.WithTitle("Other");

        Assert.Equal("Monthly AWOL cases", line.Layout.Title!.Text);
        Assert.Equal("Other", titled.Layout.Title!.Text);
    }

    [Fact]
    public void House_style_gives_series_the_palette_in_turn_skipping_band_edges()
    {
        var styled = TestCharts.StyledWithNotes;

        Assert.Equal([null, null, HouseStyle.Palette[0], HouseStyle.Palette[1]], styled.Data.Select(t => t.Marker?.Color));
        Assert.Equal(",~f", styled.Layout.YAxis!.TickFormat);
        Assert.Equal("Source: five news articles", styled.Layout.Annotations[^1].Text);
    }

    [Theory]
    [InlineData(false, "yaxis")]
    [InlineData(true, "xaxis")]
    public void House_style_puts_thousands_separators_on_the_value_axis(bool horizontal, string valueAxis)
    {
        var layout = Chart.Bar(new[] { "a", "b" }, new[] { 12000, 9000 }, horizontal: horizontal).WithHouseStyle().Layout;
        var (value, category) = valueAxis == "yaxis" ? (layout.YAxis, layout.XAxis) : (layout.XAxis, layout.YAxis);

        Assert.Equal(",d", value!.TickFormat);
        Assert.Null(category!.TickFormat);
    }
}
