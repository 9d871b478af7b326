using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Interactive;
using AnalysisKit.Tests.Charts;

namespace AnalysisKit.Tests.Interactive;

public class FormatsTests
{
    [Fact]
    public void A_figure_renders_as_plotly_json_html_and_text()
    {
        var figure = TestCharts.LineWithProvenance;

        var bundle = Formats.Render(figure);

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], bundle.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(figure.ToJson(), bundle["application/vnd.plotly.v1+json"]);
        Assert.Equal(FigureFormatterSource.Html(figure.ToJson()), bundle["text/html"]);
        Assert.Equal("Figure \"Monthly AWOL cases\": 1 trace(s) [scatter \"AWOL cases\"]", bundle["text/plain"]);
    }

    [Fact]
    public void A_figure_output_references_the_embedded_plotly_release_once_instead_of_inlining_it()
    {
        var html = Formats.Render(TestCharts.LineWithProvenance)["text/html"];

        Assert.True(html.Length < 20_000, $"{html.Length} characters");
        Assert.Single(Regex.Matches(html, @"https://cdn\.plot\.ly/plotly-\d+\.\d+\.\d+\.min\.js"));
        Assert.Contains(PlotlyScript.Version(), html);
    }

    [Fact]
    public void The_same_figure_gives_the_same_html_and_another_figure_other_html()
    {
        var a = FigureFormatterSource.Html(TestCharts.LineWithProvenance.ToJson());

        Assert.Equal(a, FigureFormatterSource.Html(TestCharts.LineWithProvenance.ToJson()));
        Assert.NotEqual(a, FigureFormatterSource.Html(TestCharts.DashedSteps.ToJson()));
    }

    [Fact]
    public void An_analysis_shows_its_one_line_summary_not_a_tree_of_its_tables()
    {
        var analysis = Analysis.FromClaims([]);

        var bundle = Formats.Render(analysis);

        Assert.Equal(["text/html", "text/plain"], Formats.PreferredMimeTypes(typeof(Analysis)));
        Assert.Equal(analysis.ToString(), bundle["text/plain"]);
        Assert.Equal($"<p class=\"analysiskit-summary\">{analysis}</p>", bundle["text/html"]);
    }

    [Fact]
    public void A_figure_prefers_plotly_json_then_html()
    {
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html"], Formats.PreferredMimeTypes(typeof(Figure)));
    }

    [Theory]
    [InlineData(42, "42")]
    [InlineData(1.5, "1.5")]
    [InlineData("text", "text")]
    [InlineData(null, "null")]
    public void A_value_without_formatters_is_plain_text(object? value, string text)
    {
        var bundle = Formats.Render(value);

        Assert.Equal(text, Assert.Single(bundle).Value);
        Assert.Equal("text/plain", bundle.Keys.Single());
    }

    [Fact]
    public void A_formatter_declines_values_of_other_types()
    {
        var formatter = new Formatter<Figure>("text/html", _ => "figure");
        using var writer = new StringWriter();

        Assert.False(formatter.Format("not a figure", writer));
        Assert.True(formatter.Format(new Figure(), writer));
        Assert.Equal("figure", writer.ToString());
    }

    /// <summary>
    /// What .NET Interactive's Formatter does with a type it has no formatter for: find attributes
    /// by the name <c>TypeFormatterSourceAttribute</c>, read <c>FormatterSourceType</c> and
    /// <c>PreferredMimeTypes</c> (as string[]) by reflection, create the source with its
    /// parameterless constructor, call <c>CreateTypeFormatters()</c>, and call each result's
    /// <c>MimeType</c>, <c>Type</c> and single <c>Format(object, TextWriter)</c> returning bool.
    /// </summary>
    [Fact]
    public void Figure_follows_the_dotnet_interactive_formatter_convention_by_name()
    {
        var attribute = Assert.Single(typeof(Figure).GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = Assert.IsAssignableFrom<Type>(Property(attribute, "FormatterSourceType"));
        Assert.Equal(["application/vnd.plotly.v1+json", "text/html"], Assert.IsType<string[]>(Property(attribute, "PreferredMimeTypes")));

        var source = Activator.CreateInstance(sourceType)!;
        var formatters = Assert.IsAssignableFrom<IEnumerable>(source.GetType().GetMethod("CreateTypeFormatters")!.Invoke(source, null));

        var written = new Dictionary<string, string>();
        foreach (var formatter in formatters)
        {
            var mime = Assert.IsType<string>(Property(formatter, "MimeType"));
            Assert.Equal(typeof(Figure), Property(formatter, "Type"));
            var format = formatter.GetType().GetMethod("Format")!;
            Assert.Equal([typeof(object), typeof(TextWriter)], format.GetParameters().Select(p => p.ParameterType));
            Assert.Equal(typeof(bool), format.ReturnType);

            using var writer = new StringWriter();
            Assert.True((bool)format.Invoke(formatter, [TestCharts.DashedSteps, writer])!);
            written[mime] = writer.ToString();
        }

        Assert.Equal(Formats.Render(TestCharts.DashedSteps), written);
    }

    private static object? Property(object owner, string name) =>
        owner.GetType().GetProperty(name)?.GetGetMethod()?.Invoke(owner, null);
}
