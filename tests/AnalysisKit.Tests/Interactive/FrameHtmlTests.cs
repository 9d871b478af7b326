using System.Text.RegularExpressions;
using AnalysisKit.Interactive;
using Deedle;

namespace AnalysisKit.Tests.Interactive;

public class FrameHtmlTests
{
    private static Frame<int, string> Frame(int rows)
    {
        var frame = Deedle.Frame.FromRowKeys(Enumerable.Range(0, rows));
        frame.AddColumn("quote", Enumerable.Range(0, rows).Select(i => $"quote {i}"));
        frame.AddColumn("value_low", Enumerable.Range(0, rows).Select(i => 1_234_567L + i));
        return frame;
    }

    private static int BodyRows(string html) => Regex.Matches(html, "<tr[ >]").Count - 1;

    [Theory]
    [InlineData(3, 50, 3, null)]
    [InlineData(50, 50, 50, null)]
    [InlineData(51, 50, 50, "1 more row")]
    [InlineData(1_300, 50, 50, "1,250 more rows")]
    [InlineData(12, 5, 5, "7 more rows")]
    public void A_frame_shows_at_most_the_row_cap_and_counts_the_rest(int rows, int cap, int shown, string? more)
    {
        var html = FrameHtml.ToHtml(Frame(rows), new FrameHtmlOptions(MaxRows: cap));

        Assert.Equal(shown, BodyRows(html));
        if (more is null) Assert.DoesNotContain("more row", html);
        else Assert.Contains($"<p>… {more}</p>", html);
    }

    [Fact]
    public void Counts_get_thousands_separators_and_years_do_not()
    {
        var frame = Deedle.Frame.FromRowKeys([0]);
        frame.AddColumn("lowest", new[] { 1_234_567L });
        frame.AddColumn("ratio", new[] { 12_345.678 });
        frame.AddColumn("year", new[] { 2025 });

        var html = FrameHtml.ToHtml(frame);

        Assert.Contains("<td style=\"text-align:right\">1,234,567</td>", html);
        Assert.Contains("<td style=\"text-align:right\">12,345.68</td>", html);
        Assert.Contains("<td style=\"text-align:right\">2025</td>", html);
    }

    [Fact]
    public void Each_row_shows_its_quote_on_hover()
    {
        var html = FrameHtml.ToHtml(Frame(2));

        Assert.Contains("<tr title=\"quote 0\"><th>0</th>", html);
        Assert.Contains("<tr title=\"quote 1\"><th>1</th>", html);
    }

    [Fact]
    public void A_frame_without_a_quote_column_hovers_the_first_column_named_as_a_quote_or_none()
    {
        var stated = Deedle.Frame.FromRowKeys([0]);
        stated.AddColumn("stated_source", new[] { "ministry" });
        stated.AddColumn("stated_quote", new[] { "about 9,000 a month" });
        var plain = Deedle.Frame.FromRowKeys([0]);
        plain.AddColumn("count", new[] { 3 });

        Assert.Contains("<tr title=\"about 9,000 a month\">", FrameHtml.ToHtml(stated));
        Assert.DoesNotContain("title=", FrameHtml.ToHtml(plain));
    }

    [Fact]
    public void Missing_values_are_blank_dates_iso_and_flags_words()
    {
        var frame = Deedle.Frame.FromRowKeys([0, 1]);
        frame.AddColumn("value_high", new Series<int, long>([1], [5L]));
        frame.AddColumn("period_end", new[] { new DateTime(2025, 10, 1), new DateTime(2024, 2, 29) });
        frame.AddColumn("projection", new[] { true, false });

        var html = FrameHtml.ToHtml(frame);

        Assert.Contains("<tr><th>0</th><td></td><td>2025-10-01</td><td>yes</td></tr>", html);
        Assert.Contains("<tr><th>1</th><td style=\"text-align:right\">5</td><td>2024-02-29</td><td>no</td></tr>", html);
    }

    [Fact]
    public void Long_text_is_clipped_and_shown_whole_on_hover()
    {
        var text = new string('x', 100);
        var frame = Deedle.Frame.FromRowKeys([0]);
        frame.AddColumn("sentence", new[] { text });

        var html = FrameHtml.ToHtml(frame, new FrameHtmlOptions(MaxTextLength: 10));

        Assert.Contains($"<td title=\"{text}\">xxxxxxxxx…</td>", html);
    }

    [Fact]
    public void Markup_in_keys_and_values_is_escaped()
    {
        var frame = Deedle.Frame.FromRowKeys(["<b>row</b>"]);
        frame.AddColumn("<i>col</i>", new[] { "a & \"b\" <c>" });

        var html = FrameHtml.ToHtml(frame);

        Assert.Contains("<th>&lt;b&gt;row&lt;/b&gt;</th>", html);
        Assert.Contains("<th>&lt;i&gt;col&lt;/i&gt;</th>", html);
        Assert.Contains("<td>a &amp; &quot;b&quot; &lt;c&gt;</td>", html);
    }

    [Fact]
    public void The_summary_names_the_size_and_the_first_columns()
    {
        Assert.Equal("Frame: 1,300 rows × 2 columns (quote, value_low)", FrameHtml.Summary(Frame(1_300)));
        Assert.Equal("Frame: 1 row × 2 columns (quote, value_low)", FrameHtml.Summary(Frame(1)));
    }
}
