namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Resolves a notebook's <c>#r</c> directives as its cells run: DLL paths against the notebook's
/// folder, packages by restoring everything the notebook asked for so far (one consistent graph).
/// Returns only assemblies not referenced before.
/// </summary>
internal sealed class CellReferences(string notebookFolder, NuGetRestorer restorer)
{
    private readonly HashSet<string> _referenced = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _packages = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="CellDirectiveException">A missing DLL or a failed restore, at the directive's line.</exception>
    public async Task<IReadOnlyList<string>> ResolveAsync(IReadOnlyList<CellReference> references, CancellationToken cancellationToken)
    {
        var added = new List<string>();
        foreach (var reference in references.Where(r => !r.IsPackage))
        {
            var path = Path.GetFullPath(reference.Value, notebookFolder);
            if (!File.Exists(path))
                throw new CellDirectiveException(reference.Line,
                    $"#r \"{reference.Value}\": no file {path} (paths are relative to the notebook's folder)");
            if (_referenced.Add(path))
                added.Add(path);
        }

        var packages = references.Where(r => r.IsPackage).ToList();
        if (packages.Count == 0)
            return added;
        foreach (var package in packages)
            _packages[package.PackageName!] = package.PackageVersion!;
        try
        {
            var assemblies = await restorer.RestoreAsync(_packages.Select(p => (p.Key, p.Value)).ToList(), cancellationToken);
            added.AddRange(assemblies.Where(_referenced.Add));
        }
        catch (InvalidOperationException ex)
        {
            throw new CellDirectiveException(packages[0].Line, $"#r \"{packages[0].Value}\": {ex.Message}");
        }
        return added;
    }
}
