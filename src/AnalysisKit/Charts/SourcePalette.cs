using System.Globalization;

namespace AnalysisKit.Charts;

/// <summary>One house-style colour per source, in order of first appearance, so a source keeps its colour across a chart's layers.</summary>
internal sealed class SourcePalette
{
    private readonly Dictionary<string, string> _colors = new(StringComparer.Ordinal);

    public SourcePalette(IEnumerable<string> sources)
    {
        foreach (var source in sources)
            if (!_colors.ContainsKey(source))
                _colors[source] = ColorAt(_colors.Count);
    }

    public IReadOnlyCollection<string> Sources => _colors.Keys;

    /// <summary>The readable palette, then its darker shades, so a source beyond it is not a first one's twin.</summary>
    private static string ColorAt(int index)
    {
        var palette = HouseStyle.ReadablePalette;
        var color = palette[index % palette.Count];
        return index / palette.Count % 2 == 1 ? Outline(color) : color;
    }

    public string this[string source] => _colors[source];

    /// <summary>
    /// The legend group of a source: an id, not its name, because plotly writes legend groups
    /// into the page unescaped and a source name is article text.
    /// </summary>
    public string Group(string source) => "source-" + _colors.Keys.TakeWhile(s => s != source).Count().ToString(CultureInfo.InvariantCulture);

    /// <summary>A darker shade for marker outlines, so light colours (the palette's yellow) still read on white.</summary>
    public static string Outline(string hex)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        return "#" + Convert.ToHexString(rgb.Select(c => (byte)(c * 0.65)).ToArray());
    }

    /// <summary><c>#0072B2</c> at <paramref name="alpha"/> as <c>rgba(0,114,178,0.2)</c>.</summary>
    public static string Translucent(string hex, double alpha)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        return string.Create(CultureInfo.InvariantCulture, $"rgba({rgb[0]},{rgb[1]},{rgb[2]},{alpha})");
    }
}
