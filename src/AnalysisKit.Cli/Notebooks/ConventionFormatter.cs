namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// One formatter found through the <c>TypeFormatterSourceAttribute</c> convention: it writes
/// values of <see cref="Type"/> (or derived types) as <see cref="MimeType"/>; Format returns false to decline.
/// </summary>
internal sealed record ConventionFormatter(string MimeType, Type Type, Func<object, TextWriter, bool> Format);
