using System.CommandLine;
using AnalysisKit.Articles;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// The <c>--articles</c> and <c>--manifest</c> options shared by the verbs that read a corpus;
/// both default to the seeds bundled with the tool.
/// </summary>
internal sealed class CorpusOptions
{
    /// <summary>The seeds copied beside the tool at build time, so defaults work from any folder.</summary>
    public static string BundledSeeds { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    // No DefaultValueFactory: --help would print the build folder's path beside the description's "the bundled seeds".
    public Option<string?> Articles { get; } = new("--articles")
    {
        Description = "Folder of .txt articles (default: the bundled seeds)",
    };

    public Option<string?> Manifest { get; } = new("--manifest")
    {
        Description = "manifest.csv with at least 'article' and 'published' (default: <articles>/manifest.csv)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Articles);
        command.Options.Add(Manifest);
    }

    public string ArticlesDir(ParseResult result) => result.GetValue(Articles) ?? BundledSeeds;

    public IReadOnlyList<Article> Load(ParseResult result) =>
        ArticleLoader.LoadFolder(ArticlesDir(result), result.GetValue(Manifest));
}
