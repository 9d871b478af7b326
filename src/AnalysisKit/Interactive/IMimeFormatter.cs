namespace AnalysisKit.Interactive;

/// <summary>
/// Writes a value as one MIME type. The member names are the ones .NET Interactive looks up by
/// reflection (<c>MimeType</c>, <c>Type</c>, <c>Format</c>), so keep them.
/// </summary>
public interface IMimeFormatter
{
    string MimeType { get; }

    /// <summary>The type this formatter handles.</summary>
    Type Type { get; }

    /// <summary>Writes <paramref name="instance"/>; false when it is not of <see cref="Type"/>.</summary>
    bool Format(object instance, TextWriter writer);
}
