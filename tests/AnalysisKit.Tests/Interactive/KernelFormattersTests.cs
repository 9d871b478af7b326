using AnalysisKit.Interactive;
using Deedle;
using Microsoft.DotNet.Interactive.Formatting;

namespace AnalysisKit.Tests.Interactive;

/// <summary>
/// The kernel's <see cref="Formatter"/> is process-wide state: this is the only test that touches
/// it, so tests running in parallel do not see its registrations.
/// </summary>
public class KernelFormattersTests
{
    [Fact]
    public void Once_registered_the_kernel_shows_every_frame_as_the_compact_table_and_its_summary_and_registering_again_adds_nothing()
    {
        var frame = Frame.FromRowKeys([0, 1]);
        frame.AddColumn("quote", new[] { "over 21,000", "<b>x</b>" });
        frame.AddColumn("value_low", new[] { 21_000L, 5L });
        var pivot = frame.PivotTable<int, string, string, long, int>("quote", "value_low", group => group.RowCount);

        Assert.Equal(1, KernelFormatters.RegisterFrameFormatters());
        Assert.Equal(1, KernelFormatters.RegisterFrameFormatters());

        Assert.Equal(FrameHtml.ToHtml(frame), frame.ToDisplayString("text/html"));
        Assert.Equal(FrameHtml.Summary(frame), frame.ToDisplayString("text/plain"));
        Assert.Equal(FrameHtml.ToHtml(pivot), pivot.ToDisplayString("text/html"));
        Assert.Single(Formatter.RegisteredFormatters(includeDefaults: false), f => f.Type == typeof(Frame<,>) && f.MimeType == "text/html");
    }
}
