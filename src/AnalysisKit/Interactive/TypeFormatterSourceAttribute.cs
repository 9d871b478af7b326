namespace AnalysisKit.Interactive;

/// <summary>
/// Names the class that formats a type for notebooks. .NET Interactive recognises any attribute
/// with this exact name by reflection (its <c>FormatterSourceType</c> and <c>PreferredMimeTypes</c>
/// properties), so Polyglot Notebooks render the kit's values without the kit referencing
/// Microsoft.DotNet.Interactive. <see cref="Formats"/> reads the same attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
public sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType) => FormatterSourceType = formatterSourceType;

    /// <summary>A class with a public parameterless constructor and a public <c>CreateTypeFormatters()</c> (see <see cref="ITypeFormatterSource"/>).</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook should show, best first.</summary>
    // string[] rather than a read-only list: .NET Interactive reads this property as string[].
    public string[]? PreferredMimeTypes { get; set; }
}
