using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Loads the kernel extensions a restored package ships, as dotnet-interactive does: every
/// assembly in the package's <c>interactive-extensions/dotnet</c> folder, and in it every public
/// <see cref="IKernelExtension"/> with a parameterless constructor, loaded into the root kernel
/// (that is how Plotly.NET.Interactive registers its formatters). An extension's own
/// dependencies are resolved from the packages restored so far.
/// </summary>
internal sealed class KernelExtensionLoader : IDisposable
{
    private const string ExtensionFolder = "interactive-extensions";

    private readonly Lock _gate = new();
    private readonly HashSet<string> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _packageAssemblies = new(StringComparer.OrdinalIgnoreCase);

    public KernelExtensionLoader() => AssemblyLoadContext.Default.Resolving += ResolveFromPackages;

    public async Task LoadAsync(IReadOnlyList<ResolvedPackageReference> packages, Kernel rootKernel)
    {
        var extensionAssemblies = new List<string>();
        lock (_gate)
        {
            foreach (var path in packages.SelectMany(p => p.AssemblyPaths))
                _packageAssemblies.TryAdd(Path.GetFileNameWithoutExtension(path), path);
            foreach (var package in packages)
            {
                var folder = Path.Combine(package.PackageRoot, ExtensionFolder, "dotnet");
                if (Directory.Exists(folder))
                    extensionAssemblies.AddRange(Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Where(_loaded.Add));
            }
        }

        foreach (var path in extensionAssemblies)
        {
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            var extensions = assembly.GetExportedTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IKernelExtension).IsAssignableFrom(t)
                            && t.GetConstructor(Type.EmptyTypes) is not null);
            foreach (var type in extensions)
                await ((IKernelExtension)Activator.CreateInstance(type)!).OnLoadAsync(rootKernel);
        }
    }

    public void Dispose() => AssemblyLoadContext.Default.Resolving -= ResolveFromPackages;

    private Assembly? ResolveFromPackages(AssemblyLoadContext context, AssemblyName name)
    {
        string? path;
        lock (_gate)
            path = name.Name is { } simple ? _packageAssemblies.GetValueOrDefault(simple) : null;
        return path is null ? null : context.LoadFromAssemblyPath(path);
    }
}
