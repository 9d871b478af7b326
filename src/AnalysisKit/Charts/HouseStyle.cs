using System.Collections.ObjectModel;

namespace AnalysisKit.Charts;

/// <summary>
/// The look of report charts: system sans fonts, white background, the Okabe–Ito palette (safe for
/// colour-blind readers), thousands separators, room for a source footnote.
/// </summary>
public static class HouseStyle
{
    /// <summary>
    /// Okabe–Ito, ordered so the first colours contrast most on white (yellow last). Marks that
    /// carry a series on their own use <see cref="ReadablePalette"/>.
    /// </summary>
    public static readonly ReadOnlyCollection<string> Palette = new(
    [
        "#0072B2", "#D55E00", "#009E73", "#E69F00", "#56B4E9", "#CC79A7", "#000000", "#F0E442",
    ]);

    /// <summary>
    /// The palette without colours too light to read as a thin line or a small marker on white
    /// (contrast below <see cref="MinimumContrast"/>: the yellow).
    /// </summary>
    public static readonly ReadOnlyCollection<string> ReadablePalette = new(Palette.Where(c => ContrastOnWhite(c) >= MinimumContrast).ToArray());

    /// <summary>The least contrast against white a series colour keeps (2:1; WCAG asks 3:1 of text, marks are larger).</summary>
    public const double MinimumContrast = 2.0;

    /// <summary>The WCAG contrast ratio of <paramref name="hex"/> (<c>#RRGGBB</c>) against white.</summary>
    public static double ContrastOnWhite(string hex)
    {
        var rgb = Convert.FromHexString(hex.TrimStart('#'));
        static double Linear(byte c) => c / 255.0 is var v && v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        var luminance = 0.2126 * Linear(rgb[0]) + 0.7152 * Linear(rgb[1]) + 0.0722 * Linear(rgb[2]);
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>The system sans font of each platform, then fonts Linux CI has.</summary>
    public const string FontFamily =
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Liberation Sans\", \"DejaVu Sans\", sans-serif";

    /// <summary>Fills in everything the figure has not set itself.</summary>
    public static Figure Apply(Figure figure)
    {
        var l = figure.Layout;
        var horizontal = figure.Data.Any(t => t.Orientation == "h");
        var values = figure.Data.SelectMany(t => horizontal ? t.X : t.Y).ToArray();
        var numeric = values.Length > 0 && values.All(v => v is null or int or long or short or double or float or decimal);
        var valueFormat = numeric ? Chart.NumberFormat(values) : null;
        var layout = l with
        {
            Title = l.Title is null ? null : l.Title with
            {
                Font = l.Title.Font ?? new Font { Size = 20 },
                // At the figure's left edge, not the plot's: a wide label margin would push it off the page.
                X = l.Title.X ?? TitleInset / (double)ReportSize.Width,
                XRef = l.Title.XRef ?? "container",
                XAnchor = l.Title.XAnchor ?? "left",
                // Top-anchored so a subtitle grows downwards, towards the legend, not off the page.
                Y = l.Title.Y ?? 0.98,
                YAnchor = l.Title.YAnchor ?? "top",
            },
            XAxis = Axis(l.XAxis, horizontal ? valueFormat : null),
            YAxis = Axis(l.YAxis, horizontal ? null : valueFormat),
            XAxis2 = l.XAxis2 is null ? null : Axis(l.XAxis2, horizontal ? valueFormat : null),
            YAxis2 = l.YAxis2 is null ? null : Axis(l.YAxis2, horizontal ? null : valueFormat),
            Font = l.Font ?? new Font { Family = FontFamily, Size = 14, Color = "#222222" },
            Legend = l.Legend ?? new Legend { Orientation = "h", X = 0, Y = 1.02, XAnchor = "left", YAnchor = "bottom" },
            Margin = l.Margin ?? new Margin { Left = DefaultLeftMargin, Right = 30, Top = l.Title?.Subtitle is null ? 90 : 125, Bottom = 110 },
            Separators = l.Separators ?? ".,",
            ColorWay = l.ColorWay ?? Palette,
            PaperBgColor = l.PaperBgColor ?? "#ffffff",
            PlotBgColor = l.PlotBgColor ?? "#ffffff",
            HoverMode = l.HoverMode ?? "closest",
            Height = l.Height ?? TallEnoughFor(figure),
        };
        return figure with { Data = Colored(figure.Data), Layout = layout };
    }

    /// <summary>The size of a report image, unless a figure needs more height.</summary>
    public static ImageOptions ReportSize { get; } = new() { Width = 1200, Height = 700, Scale = 2 };

    // Room for title, legend, axis title and footnote, plus a row per category at 14 px text:
    // plotly would otherwise skip row labels. Null when the report height is enough.
    private const int Chrome = 300;
    private const int RowHeight = 30;

    internal static int? TallEnoughFor(Figure figure)
    {
        if (figure.Layout.YAxis?.Type != "category") return null;
        var rows = figure.Data.SelectMany(t => t.Orientation == "h" || t.Type == "scatter" ? t.Y : []).OfType<string>().Distinct().Count();
        var height = Chrome + rows * RowHeight;
        return height > ReportSize.Height ? height : null;
    }

    // plotly hands out colorway colours by trace index, so a band's two edge traces would use up
    // palette colours; series get the palette in turn here, and band edges (no line) keep theirs.
    private static IReadOnlyList<Trace> Colored(IReadOnlyList<Trace> traces)
    {
        var next = 0;
        return traces.Select(t =>
        {
            var colored = t.Marker?.Color is not null || t.Marker?.Colors is not null || t.Line?.Color is not null;
            if (colored || t.Line?.Width == 0)
            {
                return t;
            }

            // Only what the trace draws: plotly.validate reports styles of unused parts.
            var color = Palette[next++ % Palette.Count];
            var bar = t.Type == "bar";
            var markers = bar || t.Mode is null || t.Mode.Contains("markers", StringComparison.Ordinal);
            var lines = !bar && (t.Mode is null || t.Mode.Contains("lines", StringComparison.Ordinal));
            return t with
            {
                Marker = markers ? (t.Marker ?? new Marker()) with { Color = color } : t.Marker,
                Line = lines ? (t.Line ?? new LineStyle()) with { Color = color } : t.Line,
            };
        }).ToArray();
    }

    /// <summary>The figure's left edge to its title and footnote, in px.</summary>
    internal const double TitleInset = 20;

    /// <summary>
    /// The source footnote: under the x axis title, left-aligned with the title at the figure's
    /// edge (shifted left by the plot's margin, <paramref name="leftMargin"/> px).
    /// </summary>
    internal static Annotation SourceNote(string text, double? leftMargin) => new()
    {
        Text = text, XRef = "paper", YRef = "paper", X = 0, Y = 0, XAnchor = "left", YAnchor = "top",
        XShift = TitleInset - (leftMargin ?? DefaultLeftMargin), YShift = -70, Align = "left", ShowArrow = false, Font = new Font { Size = 12, Color = "#555555" },
    };

    private const double DefaultLeftMargin = 80;

    private static Axis Axis(Axis? axis, string? valueFormat)
    {
        var a = axis ?? new Axis();
        return a with
        {
            TickFormat = a.TickFormat ?? (a.Type is "date" or "category" ? null : valueFormat),
            ShowGrid = a.ShowGrid ?? true,
            GridColor = a.GridColor ?? "#e5e5e5",
            ZeroLine = a.ZeroLine ?? false,
            ShowLine = a.ShowLine ?? true,
            LineColor = a.LineColor ?? "#444444",
            Ticks = a.Ticks ?? "outside",
            AutoMargin = a.AutoMargin ?? true,
        };
    }
}
