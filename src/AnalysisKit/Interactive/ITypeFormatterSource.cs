namespace AnalysisKit.Interactive;

/// <summary>Makes the formatters of one type; named by <see cref="TypeFormatterSourceAttribute"/>.</summary>
public interface ITypeFormatterSource
{
    /// <summary>The formatters, one per MIME type. .NET Interactive calls this method by name.</summary>
    IEnumerable<IMimeFormatter> CreateTypeFormatters();
}
