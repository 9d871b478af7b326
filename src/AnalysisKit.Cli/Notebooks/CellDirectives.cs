using System.Text.RegularExpressions;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// The Polyglot directives of a C# cell, lifted out before Roslyn sees the code: <c>#!csharp</c>,
/// <c>#r "path.dll"</c> and <c>#r "nuget: Name, Version"</c>. Each becomes an empty line, so
/// compiler line numbers still match the cell; Roslyn itself would reject <c>#r</c> after code.
/// </summary>
internal sealed record CellDirectives(string Code, IReadOnlyList<CellReference> References)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Reference = new(
        @"^\s*#r\s+""(?<value>[^""]*)""\s*(//.*)?$", RegexOptions.CultureInvariant, MatchTimeout);

    private static readonly Regex Magic = new(@"^\s*#!(?<name>\S+)", RegexOptions.CultureInvariant, MatchTimeout);

    private static readonly Regex NuGet = new(
        @"^\s*nuget\s*:\s*(?<name>[^,\s]+)\s*(,\s*(?<version>\S+)\s*)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout);

    /// <exception cref="CellDirectiveException">A magic command other than <c>#!csharp</c>, or a malformed nuget reference.</exception>
    public static CellDirectives Parse(string source)
    {
        var lines = source.Split('\n');
        var references = new List<CellReference>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (Magic.Match(line) is { Success: true } magic)
            {
                var name = magic.Groups["name"].Value;
                var kernel = CellLanguage.KernelOfMagic(name);
                if (kernel != CellLanguage.CSharp)
                    throw new CellDirectiveException(i + 1, kernel is null
                        ? $"magic command #!{name} is not supported by analysiskit run"
                        : $"#!{name} switches to the '{kernel}' kernel; analysiskit runs C# cells only");
                lines[i] = "";
            }
            else if (Reference.Match(line) is { Success: true } reference)
            {
                references.Add(ParseReference(reference.Groups["value"].Value, i + 1));
                lines[i] = "";
            }
        }
        return new CellDirectives(string.Join('\n', lines), references);
    }

    private static CellReference ParseReference(string value, int line)
    {
        if (!value.TrimStart().StartsWith("nuget", StringComparison.OrdinalIgnoreCase))
            return new CellReference(line, value, null, null);
        var nuget = NuGet.Match(value);
        if (!nuget.Success)
            throw new CellDirectiveException(line, $"#r \"{value}\": expected \"nuget: Name, Version\"");
        var version = nuget.Groups["version"].Success ? nuget.Groups["version"].Value : "*";
        return new CellReference(line, value, nuget.Groups["name"].Value, version);
    }
}
