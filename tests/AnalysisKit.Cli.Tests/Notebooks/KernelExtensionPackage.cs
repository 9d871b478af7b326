using System.IO.Compression;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AnalysisKit.Cli.Tests.Notebooks;

/// <summary>
/// A NuGet package built on the spot that ships only a kernel extension, in
/// <c>interactive-extensions/dotnet/</c> as Plotly.NET.Interactive and other extension packages do.
/// Its extension displays a line when loaded.
/// </summary>
internal static class KernelExtensionPackage
{
    public const string Id = "AnalysisKit.TestKernelExtension";
    public const string Version = "1.0.0";
    public const string LoadedMessage = "AnalysisKit test extension loaded";

    private const string Source = $$"""
        using System.Threading.Tasks;
        using Microsoft.DotNet.Interactive;

        public sealed class TestExtension : IKernelExtension
        {
            public Task OnLoadAsync(Kernel kernel)
            {
                KernelInvocationContext.Current?.DisplayAs("{{LoadedMessage}}", "text/plain");
                return Task.CompletedTask;
            }
        }
        """;

    /// <summary>Writes the package into a new folder, to be used as a package source; returns the folder.</summary>
    public static string WriteSource()
    {
        var folder = TestNotebooks.TempFolder();
        using var package = ZipFile.Open(Path.Combine(folder, $"{Id}.{Version}.nupkg"), ZipArchiveMode.Create);
        using (var nuspec = new StreamWriter(package.CreateEntry($"{Id}.nuspec").Open()))
            nuspec.Write($"""
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata><id>{Id}</id><version>{Version}</version><authors>tests</authors><description>test</description></metadata>
                </package>
                """);
        using (var dll = package.CreateEntry($"interactive-extensions/dotnet/{Id}.dll").Open())
            dll.Write(Compile());
        return folder;
    }

    private static byte[] Compile()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Append(typeof(Microsoft.DotNet.Interactive.Kernel).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(Id, [CSharpSyntaxTree.ParseText(Source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException(string.Join("\n", emitted.Diagnostics));
        return image.ToArray();
    }
}
