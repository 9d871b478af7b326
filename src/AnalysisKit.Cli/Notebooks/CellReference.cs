namespace AnalysisKit.Cli.Notebooks;

/// <summary>A <c>#r</c> directive: a DLL path (relative to the notebook) or a NuGet package.</summary>
internal sealed record CellReference(int Line, string Value, string? PackageName, string? PackageVersion)
{
    public bool IsPackage => PackageName is not null;
}
