using System.Reflection;

namespace AnalysisKit.Charts;

/// <summary>The plotly.js bundle embedded in this assembly at build time (see AnalysisKit.csproj).</summary>
internal static class PlotlyScript
{
    private const string ResourceName = "AnalysisKit.Charts.plotly.min.js";

    // The resource never changes while the assembly is loaded, so reading it once is a constant,
    // not a cache of mutable state; it is 4–5 MB and every page and export needs it.
    private static readonly Lazy<string> Inline = new(Load);

    /// <summary>The script, safe inside an HTML &lt;script&gt; element.</summary>
    public static string ForScriptElement => Inline.Value;

    /// <summary>
    /// The embedded bundle's version, read from its licence header (<c>* plotly.js v4.1.2</c>), so
    /// a notebook output can reference the very same release instead of inlining it.
    /// </summary>
    public static string Version()
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new AnalysisKitException($"plotly.js is not embedded in {typeof(PlotlyScript).Assembly.GetName().Name}; rebuild after 'npm ci'");
        var header = new char[256];
        var read = new StreamReader(stream).ReadBlock(header);
        var match = System.Text.RegularExpressions.Regex.Match(new string(header, 0, read), @"plotly\.js v(?<version>\d+\.\d+\.\d+)",
            System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["version"].Value : throw new AnalysisKitException("the embedded plotly.js names no version in its header");
    }

    private static string Load()
    {
        using var stream = typeof(PlotlyScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new AnalysisKitException($"plotly.js is not embedded in {typeof(PlotlyScript).Assembly.GetName().Name}; rebuild after 'npm ci'");
        using var reader = new StreamReader(stream);

        // '</script' would end the element early and '<!--' can switch the HTML parser into a mode
        // where it does; "\x3C" is '<' in every JavaScript string, template and regex literal.
        return reader.ReadToEnd().Replace("<!--", "\\x3C!--").Replace("</script", "\\x3C/script", StringComparison.OrdinalIgnoreCase);
    }
}
