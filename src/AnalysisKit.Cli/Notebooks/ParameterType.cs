namespace AnalysisKit.Cli.Notebooks;

/// <summary>The C# types a <c>-p name=value</c> can take, read off the parameters cell.</summary>
internal enum ParameterType
{
    String,
    Int,
    Double,
    Bool,
}
