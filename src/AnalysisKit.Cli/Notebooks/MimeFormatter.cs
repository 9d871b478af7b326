using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Turns a value into a MIME bundle the way .NET Interactive does for types it does not know:
/// by the name-recognized <c>TypeFormatterSourceAttribute</c> convention (dotnet/interactive,
/// Formatter.cs, <c>TryRegisterFromConventionBasedFormatterSources</c>). A notebook loads its
/// own copy of the kit through <c>#r</c>, so nothing here shares a type with it: attribute,
/// source and formatters are read by name and reflection. <c>text/plain</c> is always present:
/// preferred or not, from a text/plain formatter if one accepts the value, else <see cref="object.ToString"/>.
/// </summary>
internal sealed class MimeFormatter
{
    public const string PlainText = "text/plain";
    private const string AttributeName = "TypeFormatterSourceAttribute";
    private const int ListLimit = 20;

    // Per instance, not static: one run's types never leak into another's.
    private readonly ConcurrentDictionary<Type, TypeFormatting> _byType = new();

    /// <summary>The bundle for <paramref name="value"/>: preferred MIME types first, then text/plain.</summary>
    /// <exception cref="InvalidOperationException">A JSON MIME formatter wrote text that is not JSON.</exception>
    public JsonMap Format(object? value)
    {
        if (value is null)
            return JsonMap.Empty.SetItem(PlainText, NotebookSerializer.ToElement("<null>"));

        var formatting = _byType.GetOrAdd(value.GetType(), Discover);
        var bundle = JsonMap.Empty;
        foreach (var mime in formatting.MimeTypes)
        {
            if (Write(formatting, mime, value) is not { } text)
                continue;
            bundle = bundle.SetItem(mime, CellOutput.IsJsonMime(mime) ? ParseJson(mime, text) : NotebookSerializer.ToElement(text));
        }
        if (!bundle.ContainsKey(PlainText))
            bundle = bundle.SetItem(PlainText, NotebookSerializer.ToElement(Write(formatting, PlainText, value) ?? PlainTextOf(value)));
        return bundle;
    }

    /// <summary>The convention formatters that apply to <paramref name="type"/>, most specific first.</summary>
    public IReadOnlyList<ConventionFormatter> FormattersFor(Type type) => _byType.GetOrAdd(type, Discover).Formatters;

    private static string? Write(TypeFormatting formatting, string mime, object value)
    {
        foreach (var formatter in formatting.Formatters.Where(f => f.MimeType == mime))
        {
            using var writer = new StringWriter(CultureInfo.InvariantCulture);
            if (formatter.Format(value, writer))
                return writer.ToString();
        }
        return null;
    }

    private static TypeFormatting Discover(Type valueType)
    {
        var formatters = new List<ConventionFormatter>();
        var preferred = new List<string>();
        for (var type = valueType; type is not null; type = type.BaseType)
        {
            foreach (var attribute in type.GetCustomAttributes(inherit: false).Where(a => a.GetType().Name == AttributeName))
            {
                if (Property(attribute, "FormatterSourceType") is Type sourceType)
                    formatters.AddRange(FromSource(sourceType, type));
                if (Property(attribute, "PreferredMimeTypes") is IEnumerable<string> mimes)
                    preferred.AddRange(mimes.Where(m => !preferred.Contains(m)));
            }
        }

        // Most specific formatted type first, so a derived type's formatter wins over its base's.
        var applicable = formatters
            .Where(f => f.Type.IsAssignableFrom(valueType))
            .OrderByDescending(f => Depth(f.Type))
            .ToList();
        // Like .NET Interactive, a display shows the preferred MIME types; without a preference, all that exist.
        var mimeTypes = preferred.Count > 0 ? preferred : applicable.Select(f => f.MimeType).Distinct().ToList();
        return new TypeFormatting(applicable, mimeTypes);
    }

    private static IEnumerable<ConventionFormatter> FromSource(Type sourceType, Type attributedType)
    {
        var source = Activator.CreateInstance(sourceType, nonPublic: true);
        var create = sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
        if (source is null || create?.Invoke(source, null) is not IEnumerable created)
            yield break;
        foreach (var formatter in created)
        {
            if (formatter is null || Property(formatter, "MimeType") is not string mime)
                continue;
            var format = formatter.GetType().GetMethods(BindingFlags.Instance | BindingFlags.Public)
                .FirstOrDefault(m => m.Name == "Format" && m.GetParameters() is [_, var writer] && writer.ParameterType == typeof(TextWriter));
            if (format is null)
                continue;
            var type = Property(formatter, "Type") as Type ?? attributedType;
            yield return new ConventionFormatter(mime, type, (value, writer) => Invoke(format, formatter, value, writer));
        }
    }

    private static bool Invoke(MethodInfo format, object formatter, object value, TextWriter writer)
    {
        try
        {
            return format.Invoke(formatter, [value, writer]) is not false;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            // The cell should see the formatter's own exception, not reflection's wrapper.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }

    private static object? Property(object owner, string name) =>
        owner.GetType().GetProperty(name, BindingFlags.Instance | BindingFlags.Public)?.GetValue(owner);

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type; t.BaseType is not null; t = t.BaseType)
            depth++;
        return depth;
    }

    private static JsonElement ParseJson(string mime, string text)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"the {mime} formatter wrote text that is not JSON: {ex.Message}", ex);
        }
    }

    // ToString, except for sequences, whose ToString is just a type name: show the first items.
    private static string PlainTextOf(object value)
    {
        if (value is string or IFormattable || value is not IEnumerable items)
            return Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var shown = new List<string>();
        var more = 0;
        foreach (var item in items)
        {
            if (shown.Count < ListLimit)
                shown.Add(item is null ? "<null>" : Convert.ToString(item, CultureInfo.InvariantCulture) ?? "");
            else
                more++;
        }
        return "[" + string.Join(", ", shown) + (more > 0 ? $", ... ({more} more)" : "") + "]";
    }

    private sealed record TypeFormatting(IReadOnlyList<ConventionFormatter> Formatters, IReadOnlyList<string> MimeTypes);
}
