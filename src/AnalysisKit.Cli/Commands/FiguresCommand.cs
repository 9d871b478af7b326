using System.CommandLine;
using AnalysisKit.Cli.Export;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysiskit figures</c>: every notebook in <c>notebooks/</c> (sorted by name) in one run,
/// so the run's start-up is paid once and one browser renders every chart.
/// </summary>
internal static class FiguresCommand
{
    public static Command Create()
    {
        var notebooks = new Option<string>("--notebooks")
        {
            Description = "Folder of notebooks to run",
            DefaultValueFactory = _ => "notebooks",
        };
        var output = RunCommand.OutputOption();
        var requireImages = RunCommand.RequireImagesOption();
        var review = ReviewCommand.ReviewOption("Review file the notebooks apply (their reviewPath; default: review.csv beside their articles)");
        var command = new Command("figures", "Run every notebook and write all figures: executed notebooks and charts in artifacts/.")
        {
            notebooks, output, requireImages, review,
        };
        command.SetAction((result, cancellationToken) => Guard.RunAsync(async () =>
        {
            // Made first, so the browser starts with the notebooks.
            await using var charts = new PlotlyChartWriter();
            return await RunCommand.ExecuteAsync(
            new RunCommand.Request
            {
                Notebooks = NotebooksIn(result.GetValue(notebooks)!),
                OutputFolder = result.GetValue(output)!,
                RequireImages = result.GetValue(requireImages),
                Parameters = ReviewParameter(result.GetValue(review)),
            },
            charts, Console.Out, Console.Error, cancellationToken);
        }));
        return command;
    }

    /// <summary>The notebooks' <c>reviewPath</c> for <c>--review FILE</c>; none without it.</summary>
    /// <exception cref="AnalysisKitException">No such file: caught before any notebook runs.</exception>
    internal static IReadOnlyList<string> ReviewParameter(string? path) =>
        path is null ? []
        : File.Exists(path) ? [$"reviewPath={Path.GetFullPath(path)}"] // notebooks run in their own folder
        : throw new AnalysisKitException("review file not found", path);

    /// <exception cref="AnalysisKitException">No such folder, or no notebook in it.</exception>
    internal static IReadOnlyList<string> NotebooksIn(string folder)
    {
        if (!Directory.Exists(folder))
            throw new AnalysisKitException("no such folder (run from the repository root, or pass --notebooks)", folder);
        var notebooks = Directory.GetFiles(folder, "*.ipynb").Order(StringComparer.Ordinal).ToList();
        return notebooks.Count > 0 ? notebooks : throw new AnalysisKitException("no .ipynb notebooks in this folder", folder);
    }
}
