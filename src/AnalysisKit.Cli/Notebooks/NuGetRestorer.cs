using System.Diagnostics;
using System.Security.Cryptography;
using System.Security;
using System.Text;
using System.Text.Json;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// <c>#r "nuget: Name, Version"</c> by a real restore: a throwaway project listing the packages is
/// restored with the SDK into the normal NuGet cache, and the runtime assemblies of the restored
/// graph are returned. A package set restored once is reused from its folder under the temp
/// directory, so warm runs do not call the SDK again.
/// </summary>
internal sealed class NuGetRestorer(string workRoot, string dotnetPath)
{
    /// <summary>Under the temp folder, using the SDK that runs this process.</summary>
    public static NuGetRestorer Default() =>
        new(Path.Combine(Path.GetTempPath(), "analysiskit-nuget"), FindDotnet());

    /// <summary>The assemblies to reference for <paramref name="packages"/> (name, version), dependencies included.</summary>
    /// <exception cref="InvalidOperationException">The restore failed; the message carries NuGet's errors.</exception>
    public async Task<IReadOnlyList<string>> RestoreAsync(
        IReadOnlyList<(string Name, string Version)> packages, CancellationToken cancellationToken)
    {
        var framework = $"net{Environment.Version.Major}.0";
        var project = new StringBuilder()
            .AppendLine("<Project Sdk=\"Microsoft.NET.Sdk\">")
            .AppendLine("  <PropertyGroup>")
            .AppendLine($"    <TargetFramework>{framework}</TargetFramework>")
            // Offline-safe: no vulnerability feed lookup; no repository props from above the temp folder.
            .AppendLine("    <NuGetAudit>false</NuGetAudit>")
            .AppendLine("    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>")
            .AppendLine("    <ImportDirectoryPackagesProps>false</ImportDirectoryPackagesProps>")
            .AppendLine("    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>")
            .AppendLine("  </PropertyGroup>")
            .AppendLine("  <ItemGroup>");
        foreach (var (name, version) in packages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase))
            project.AppendLine($"    <PackageReference Include=\"{SecurityElement.Escape(name)}\" Version=\"{SecurityElement.Escape(version)}\" />");
        var text = project.AppendLine("  </ItemGroup>").AppendLine("</Project>").ToString();

        var folder = Path.Combine(workRoot, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16]);
        var assets = Path.Combine(folder, "obj", "project.assets.json");
        // A floating version must be resolved again; a pinned set is what it was.
        if (!File.Exists(assets) || packages.Any(p => p.Version.Contains('*')))
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "packages.csproj"), text, cancellationToken);
            await RunRestoreAsync(folder, cancellationToken);
        }
        return RuntimeAssemblies(assets, framework);
    }

    private async Task RunRestoreAsync(string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(dotnetPath)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", "packages.csproj", "--nologo", "-v", "q" })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dotnetPath}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var errors = (await output + await error).Split('\n')
                .Select(l => l.Trim()).Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct();
            throw new InvalidOperationException($"NuGet restore failed: {string.Join(" | ", errors)}");
        }
    }

    private static IReadOnlyList<string> RuntimeAssemblies(string assetsPath, string framework)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(assetsPath));
        var root = document.RootElement;
        var packageFolder = root.GetProperty("packageFolders").EnumerateObject().First().Name;
        var libraries = root.GetProperty("libraries");
        var frameworkAssemblies = FrameworkAssemblyNames();
        var paths = new List<string>();
        foreach (var package in root.GetProperty("targets").GetProperty(framework).EnumerateObject())
        {
            if (package.Value.GetProperty("type").GetString() != "package"
                || !package.Value.TryGetProperty("runtime", out var runtime))
                continue;
            var folder = libraries.GetProperty(package.Name).GetProperty("path").GetString()!;
            foreach (var file in runtime.EnumerateObject().Select(f => f.Name))
            {
                // "_._" marks "nothing for this framework"; an assembly the runtime has wins, as in a build.
                if (file.EndsWith("_._", StringComparison.Ordinal)
                    || frameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(file)))
                    continue;
                paths.Add(Path.GetFullPath(Path.Combine(packageFolder, folder, file)));
            }
        }
        return paths;
    }

    private static HashSet<string> FrameworkAssemblyNames() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.StartsWith(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), StringComparison.Ordinal))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

    // The SDK's host: what `dotnet run/test` announce, else the host above the running runtime, else PATH.
    private static string FindDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
            return host;
        var runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
