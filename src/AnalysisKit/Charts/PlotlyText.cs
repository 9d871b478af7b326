using System.Text;

namespace AnalysisKit.Charts;

/// <summary>
/// Plain text made safe for plotly, which renders titles, labels, hover text and annotations as
/// an HTML subset: &lt;, &gt; and &amp; become entities (plotly decodes them back for display),
/// so article text can never form a tag; a line break becomes plotly's &lt;br&gt;.
/// </summary>
internal static class PlotlyText
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\r\n") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\r' or '\n': sb.Append("<br>"); break;
                default: sb.Append(text[i]); break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Breaks long text into lines of about <paramref name="width"/> characters at spaces.</summary>
    public static string Wrap(string text, int width)
    {
        var sb = new StringBuilder(text.Length + 8);
        var lineLength = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                sb.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                sb.Append(' ');
                lineLength++;
            }

            sb.Append(word);
            lineLength += word.Length;
        }

        return sb.ToString();
    }
}
