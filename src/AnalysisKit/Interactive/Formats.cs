using System.Globalization;
using System.Reflection;

namespace AnalysisKit.Interactive;

/// <summary>
/// Renders a value to a MIME bundle (MIME type → text) with the formatters its type names through
/// <see cref="TypeFormatterSourceAttribute"/>, the same ones a Polyglot Notebook uses; values
/// without them get <c>text/plain</c> only.
/// </summary>
public static class Formats
{
    /// <summary>Every format of <paramref name="value"/>, always including <c>text/plain</c>.</summary>
    public static IReadOnlyDictionary<string, string> Render(object? value)
    {
        var bundle = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is null)
        {
            bundle["text/plain"] = "null";
            return bundle;
        }

        foreach (var formatter in FormattersFor(value.GetType()))
        {
            if (bundle.ContainsKey(formatter.MimeType))
            {
                continue;
            }

            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer))
            {
                bundle[formatter.MimeType] = writer.ToString();
            }
        }

        if (!bundle.ContainsKey("text/plain"))
        {
            bundle["text/plain"] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }

        return bundle;
    }

    /// <summary>The MIME types a notebook should show for <paramref name="type"/>, best first; empty when it names none.</summary>
    public static IReadOnlyList<string> PreferredMimeTypes(Type type) =>
        type.GetCustomAttributes<TypeFormatterSourceAttribute>(inherit: true)
            .SelectMany(a => a.PreferredMimeTypes ?? [])
            .Distinct(StringComparer.Ordinal)
            .ToArray();

    private static IEnumerable<IMimeFormatter> FormattersFor(Type type)
    {
        foreach (var attribute in type.GetCustomAttributes<TypeFormatterSourceAttribute>(inherit: true))
        {
            if (Activator.CreateInstance(attribute.FormatterSourceType) is not ITypeFormatterSource source)
            {
                throw new InvalidOperationException($"{attribute.FormatterSourceType} named on {type} does not implement {nameof(ITypeFormatterSource)}");
            }

            foreach (var formatter in source.CreateTypeFormatters())
            {
                yield return formatter;
            }
        }
    }
}
