namespace AnalysisKit.Tables;

/// <summary>
/// HTML escaping for untrusted article text. Escapes only the five characters that matter in
/// text and in quoted attributes, so non-Latin text stays readable in the page source
/// (<see cref="System.Net.WebUtility.HtmlEncode(string)"/> would turn é into a numeric entity).
/// </summary>
internal static class Html
{
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var result = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return result.ToString();
    }
}
