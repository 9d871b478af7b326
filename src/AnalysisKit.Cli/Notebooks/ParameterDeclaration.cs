namespace AnalysisKit.Cli.Notebooks;

/// <summary>A variable the parameters cell declares; Type is null when it is none of the supported types.</summary>
internal sealed record ParameterDeclaration(string Name, ParameterType? Type, string Declared);
