using System.Text.Json;

namespace AnalysisKit.Cli.Tests.Notebooks;

// A library carries its own attribute of this exact name; no shared type with the runner.
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}

[TypeFormatterSource(typeof(FigureFormatterSource), PreferredMimeTypes = ["application/vnd.plotly.v1+json", "text/html"])]
public class FigureLike(string title)
{
    public string Title { get; } = title;

    public override string ToString() => $"Figure: {Title}";
}

public sealed class DerivedFigure(string title) : FigureLike(title);

public sealed class FigureFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new Formatter("application/vnd.plotly.v1+json", (f, w) => w.Write(JsonSerializer.Serialize(new { data = Array.Empty<object>(), layout = new { title = f.Title } }))),
        new Formatter("text/html", (f, w) => w.Write($"<div>{f.Title}</div>")),
        // Declines, so the bundle falls back to ToString for text/plain.
        new Formatter("text/plain", (_, _) => false),
        new Formatter("text/csv", (f, w) => w.Write(f.Title)),
    ];

    private sealed class Formatter(string mimeType, Func<FigureLike, TextWriter, bool> format)
    {
        public Formatter(string mimeType, Action<FigureLike, TextWriter> write)
            : this(mimeType, (f, w) => { write(f, w); return true; })
        {
        }

        public string MimeType { get; } = mimeType;

        public Type Type => typeof(FigureLike);

        public bool Format(object instance, TextWriter writer) => format((FigureLike)instance, writer);
    }
}

[TypeFormatterSource(typeof(TableFormatterSource))]
public sealed record TableLike(int Rows);

public sealed class TableFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters() =>
        [new TextFormatter("text/html", t => $"<table data-rows=\"{t.Rows}\"></table>"), new TextFormatter("text/plain", t => $"{t.Rows} rows")];

    private sealed class TextFormatter(string mimeType, Func<TableLike, string> text)
    {
        public string MimeType => mimeType;

        public bool Format(object instance, TextWriter writer)
        {
            writer.Write(text((TableLike)instance));
            return true;
        }
    }
}
