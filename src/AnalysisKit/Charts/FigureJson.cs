using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AnalysisKit.Charts;

/// <summary>
/// Writes a <see cref="Figure"/> as plotly.js JSON by hand, so property names, order and the
/// omission of unset values are exactly plotly's and stable for exact-string tests.
/// </summary>
internal static class FigureJson
{
    // Relaxed: keeps quotes, dashes and Cyrillic readable. Pages that embed the JSON in a
    // <script> escape '<' themselves (FigureHtml), so this is never put raw into HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Figure figure)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var trace in figure.Data)
            {
                WriteTrace(w, trace);
            }

            w.WriteEndArray();
            w.WritePropertyName("layout");
            WriteLayout(w, figure.Layout);
            w.WritePropertyName("config");
            WriteConfig(w, figure.Config);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTrace(Utf8JsonWriter w, Trace t)
    {
        w.WriteStartObject();
        w.WriteString("type", t.Type);
        Text(w, "name", t.Name);
        Values(w, "x", t.X);
        Values(w, "y", t.Y);
        Str(w, "xaxis", t.XAxis);
        Str(w, "yaxis", t.YAxis);
        Str(w, "mode", t.Mode);
        Str(w, "orientation", t.Orientation);
        EscapedTexts(w, "text", t.Text);

        Str(w, "textposition", t.TextPosition);
        Obj(w, "textfont", t.TextFont, WriteFont);
        if (t.CustomData is { } custom)
        {
            w.WriteStartArray("customdata");
            foreach (var row in custom)
            {
                w.WriteStartArray();
                foreach (var s in row)
                {
                    w.WriteStringValue(PlotlyText.Escape(s));
                }

                w.WriteEndArray();
            }

            w.WriteEndArray();
        }

        Str(w, "hovertemplate", t.HoverTemplate);
        Str(w, "hoverinfo", t.HoverInfo);
        Obj(w, "marker", t.Marker, WriteMarker);
        Obj(w, "line", t.Line, WriteLine);
        Obj(w, "error_x", t.ErrorX, WriteErrors);
        Obj(w, "error_y", t.ErrorY, WriteErrors);
        Str(w, "fill", t.Fill);
        Str(w, "fillcolor", t.FillColor);
        Bool(w, "showlegend", t.ShowLegend);
        Str(w, "legend", t.Legend);
        Str(w, "legendgroup", t.LegendGroup);
        if (t.LegendGroupTitle is { } groupTitle)
        {
            w.WriteStartObject("legendgrouptitle");
            w.WriteString("text", PlotlyText.Escape(groupTitle));
            w.WriteEndObject();
        }

        Num(w, "opacity", t.Opacity);
        w.WriteEndObject();
    }

    private static void WriteMarker(Utf8JsonWriter w, Marker m)
    {
        if (m.Colors is { } colors)
        {
            w.WriteStartArray("color");
            foreach (var c in colors)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
        }
        else
        {
            Str(w, "color", m.Color);
        }

        Num(w, "size", m.Size);
        Str(w, "symbol", m.Symbol);
        Num(w, "opacity", m.Opacity);
        Obj(w, "line", m.Line, WriteLine);
    }

    private static void WriteLine(Utf8JsonWriter w, LineStyle l)
    {
        Str(w, "color", l.Color);
        Num(w, "width", l.Width);
        Str(w, "dash", l.Dash);
        Str(w, "shape", l.Shape);
    }

    private static void WriteErrors(Utf8JsonWriter w, ErrorBars e)
    {
        w.WriteString("type", "data");
        w.WriteBoolean("symmetric", e.Minus is null);
        Numbers(w, "array", e.Plus);
        if (e.Minus is { } minus)
        {
            Numbers(w, "arrayminus", minus);
        }

        Str(w, "color", e.Color);
        Num(w, "thickness", e.Thickness);
        Num(w, "width", e.Width);
        w.WriteBoolean("visible", true);
    }

    private static void WriteLayout(Utf8JsonWriter w, Layout l)
    {
        w.WriteStartObject();
        Obj(w, "title", l.Title, WriteTitle);
        Obj(w, "xaxis", l.XAxis, WriteAxis);
        Obj(w, "yaxis", l.YAxis, WriteAxis);
        Obj(w, "xaxis2", l.XAxis2, WriteAxis);
        Obj(w, "yaxis2", l.YAxis2, WriteAxis);
        Obj(w, "font", l.Font, WriteFont);
        Bool(w, "showlegend", l.ShowLegend);
        Obj(w, "legend", l.Legend, WriteLegend);
        Obj(w, "legend2", l.Legend2, WriteLegend);
        Obj(w, "margin", l.Margin, WriteMargin);
        if (l.Shapes.Count > 0)
        {
            w.WriteStartArray("shapes");
            foreach (var s in l.Shapes)
            {
                w.WriteStartObject();
                WriteShape(w, s);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (l.Annotations.Count > 0)
        {
            w.WriteStartArray("annotations");
            foreach (var a in l.Annotations)
            {
                w.WriteStartObject();
                WriteAnnotation(w, a);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        Str(w, "barmode", l.BarMode);
        Str(w, "separators", l.Separators);
        if (l.ColorWay is { } colorway)
        {
            w.WriteStartArray("colorway");
            foreach (var c in colorway)
            {
                w.WriteStringValue(c);
            }

            w.WriteEndArray();
        }

        Str(w, "paper_bgcolor", l.PaperBgColor);
        Str(w, "plot_bgcolor", l.PlotBgColor);
        Str(w, "hovermode", l.HoverMode);
        Num(w, "width", l.Width);
        Num(w, "height", l.Height);
        w.WriteEndObject();
    }

    private static void WriteTitle(Utf8JsonWriter w, Title t)
    {
        w.WriteString("text", PlotlyText.Escape(t.Text));
        if (t.Subtitle is { } subtitle)
        {
            w.WriteStartObject("subtitle");
            w.WriteString("text", PlotlyText.Escape(subtitle));
            w.WriteEndObject();
        }

        Obj(w, "font", t.Font, WriteFont);
        Num(w, "x", t.X);
        Str(w, "xref", t.XRef);
        Str(w, "xanchor", t.XAnchor);
        Num(w, "y", t.Y);
        Str(w, "yanchor", t.YAnchor);
    }

    private static void WriteAxis(Utf8JsonWriter w, Axis a)
    {
        Obj(w, "title", a.Title, WriteTitle);
        Str(w, "type", a.Type);
        Str(w, "tickformat", a.TickFormat);
        Str(w, "hoverformat", a.HoverFormat);
        Values(w, "range", a.Range);
        Str(w, "rangemode", a.RangeMode);
        Bool(w, "showgrid", a.ShowGrid);
        Str(w, "gridcolor", a.GridColor);
        Bool(w, "zeroline", a.ZeroLine);
        Bool(w, "showline", a.ShowLine);
        Str(w, "linecolor", a.LineColor);
        Str(w, "ticks", a.Ticks);
        Bool(w, "automargin", a.AutoMargin);
        Num(w, "dtick", a.DTick);
        Num(w, "tick0", a.Tick0);
        Values(w, "tickvals", a.TickVals);
        EscapedTexts(w, "ticktext", a.TickText);

        Bool(w, "showticklabels", a.ShowTickLabels);
        if (a.Domain is { } domain)
        {
            Numbers(w, "domain", domain.Select(d => (double?)d).ToArray());
        }

        Str(w, "anchor", a.Anchor);
        Str(w, "matches", a.Matches);
        Str(w, "autorange", a.AutoRange);
    }

    private static void WriteFont(Utf8JsonWriter w, Font f)
    {
        Str(w, "family", f.Family);
        Num(w, "size", f.Size);
        Str(w, "color", f.Color);
        Num(w, "weight", f.Weight);
    }

    private static void WriteLegend(Utf8JsonWriter w, Legend l)
    {
        Str(w, "orientation", l.Orientation);
        Num(w, "x", l.X);
        Num(w, "y", l.Y);
        Str(w, "xanchor", l.XAnchor);
        Str(w, "yanchor", l.YAnchor);
    }

    private static void WriteMargin(Utf8JsonWriter w, Margin m)
    {
        Num(w, "l", m.Left);
        Num(w, "r", m.Right);
        Num(w, "t", m.Top);
        Num(w, "b", m.Bottom);
    }

    private static void WriteShape(Utf8JsonWriter w, Shape s)
    {
        w.WriteString("type", s.Type);
        w.WriteString("xref", s.XRef);
        w.WriteString("yref", s.YRef);
        Value(w, "x0", s.X0);
        Value(w, "x1", s.X1);
        Value(w, "y0", s.Y0);
        Value(w, "y1", s.Y1);
        Obj(w, "line", s.Line, WriteLine);
        Str(w, "fillcolor", s.FillColor);
        Num(w, "opacity", s.Opacity);
        Str(w, "layer", s.Layer);
    }

    private static void WriteAnnotation(Utf8JsonWriter w, Annotation a)
    {
        w.WriteString("text", PlotlyText.Escape(a.Text));
        w.WriteString("xref", a.XRef);
        w.WriteString("yref", a.YRef);
        Value(w, "x", a.X);
        Value(w, "y", a.Y);
        w.WriteBoolean("showarrow", a.ShowArrow);
        Num(w, "ax", a.Ax);
        Num(w, "ay", a.Ay);
        Num(w, "arrowhead", a.ArrowHead);
        Str(w, "arrowcolor", a.ArrowColor);
        Str(w, "xanchor", a.XAnchor);
        Str(w, "yanchor", a.YAnchor);
        Num(w, "xshift", a.XShift);
        Num(w, "yshift", a.YShift);
        Str(w, "align", a.Align);
        Obj(w, "font", a.Font, WriteFont);
    }

    private static void WriteConfig(Utf8JsonWriter w, Config c)
    {
        w.WriteStartObject();
        Bool(w, "responsive", c.Responsive);
        Bool(w, "displaylogo", c.DisplayLogo);
        Bool(w, "displayModeBar", c.DisplayModeBar);
        Bool(w, "staticPlot", c.StaticPlot);
        w.WriteEndObject();
    }

    private static void Obj<T>(Utf8JsonWriter w, string name, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is null)
        {
            return;
        }

        w.WriteStartObject(name);
        write(w, value);
        w.WriteEndObject();
    }

    // Article text reaches labels and ticks: each string is escaped for plotly's HTML labels.
    private static void EscapedTexts(Utf8JsonWriter w, string name, IReadOnlyList<string>? texts)
    {
        if (texts is null) return;
        w.WriteStartArray(name);
        foreach (var text in texts) w.WriteStringValue(PlotlyText.Escape(text));
        w.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, PlotlyText.Escape(value));
        }
    }

    private static void Num(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            Number(w, v);
        }
    }

    private static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double?> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            if (v is { } d)
            {
                Number(w, d);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
    }

    private static void Values(Utf8JsonWriter w, string name, IReadOnlyList<object?>? values)
    {
        if (values is null || values.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var v in values)
        {
            WriteValue(w, v);
        }

        w.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter w, string name, object value)
    {
        w.WritePropertyName(name);
        WriteValue(w, value);
    }

    // Strings are escaped like every other text: category labels are drawn as plotly markup too.
    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(PlotlyText.Escape(s)); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case short s: w.WriteNumberValue(s); break;
            case decimal m: w.WriteNumberValue(m); break;
            case double d: Number(w, d); break;
            case float f: Number(w, f); break;
            case DateOnly d: w.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime t: w.WriteStringValue(Date(t)); break;
            case DateTimeOffset o: w.WriteStringValue(Date(o.UtcDateTime)); break;
            default:
                throw new AnalysisKitException($"a chart value of type {value.GetType().Name} cannot be plotted; use numbers, strings or dates");
        }
    }

    private static string Date(DateTime t) =>
        t.TimeOfDay == TimeSpan.Zero
            ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    // plotly reads null as a gap; JSON has no NaN or infinity.
    private static void Number(Utf8JsonWriter w, double d)
    {
        if (double.IsFinite(d))
        {
            w.WriteNumberValue(d);
        }
        else
        {
            w.WriteNullValue();
        }
    }
}
