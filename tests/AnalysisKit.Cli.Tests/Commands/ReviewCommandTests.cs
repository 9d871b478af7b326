using System.CommandLine;
using System.Text;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Cli.Tests.Export;
using AnalysisKit.Cli.Tests.Notebooks;

namespace AnalysisKit.Cli.Tests.Commands;

[Collection(NotebookRuns.Name)]
public class ReviewCommandTests
{
    private const string Header = "article,quote,action,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source,note";

    private static readonly string RepoRoot = FindRepoRoot();

    /// <summary>A temp copy of the seeds (articles and manifest) in <c>ROOT/seeds</c>.</summary>
    private static string SeedsCopy()
    {
        var root = TestNotebooks.TempFolder();
        var seeds = Directory.CreateDirectory(Path.Combine(root, "seeds")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "seeds")).Where(f => f.EndsWith(".txt") || f.EndsWith("manifest.csv")))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        return seeds;
    }

    private static (int Code, string Output, string Error) Invoke(Func<ReviewCommand.Request, TextWriter, TextWriter, int> verb, ReviewCommand.Request request)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = Guard.Run(() => verb(request, output, error), error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The template's lines, and the one holding <paramref name="quoteStart"/> changed by <paramref name="edit"/>.</summary>
    private static void Edit(string path, string quoteStart, Func<string, string> edit)
    {
        var lines = File.ReadAllLines(path).ToList();
        var i = lines.FindIndex(l => l.Contains(quoteStart));
        lines[i] = edit(lines[i]);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }

    // A template row is article, quote, "confirm", then empty claim columns, note and what was extracted.
    private static string Action(string line, string action, string columns, string note) =>
        $"{line[..line.IndexOf(",confirm,", StringComparison.Ordinal)]},{action},{columns},{note},";

    [Fact]
    public async Task Init_then_edit_then_check_then_the_notebooks_follow_the_review_end_to_end()
    {
        var seeds = SeedsCopy();
        var request = new ReviewCommand.Request(seeds, null, null);

        var init = Invoke(ReviewCommand.Init, request);
        Assert.Equal(0, init.Code);
        Assert.Contains("confirm rows to edit", init.Output);
        var template = File.ReadAllText(request.Review);

        // Correct the September figure's metric and period, reject the defections count, add a missed projection.
        Edit(request.Review, "17,000 abandoned", l => Action(l, "correct", ",,,desertion,,,,2025-08,2025-08,", "the ministry files it as desertion"));
        Edit(request.Review, "cases of defections", l => Action(l, "reject", ",,,,,,,,,", "not this war's desertions"));
        File.AppendAllText(request.Review,
            "003_2f42aa1f686b2988,400,000 to be reached by the end of the year,add,400000,400000,exact,desertion,cases,total,UA,2022-02,2025-12,Ihor Lutsenko,a projection\r\n"
                .Replace("400,000 to be reached by the end of the year", "\"400,000 to be reached by the end of the year\""));

        var check = Invoke(ReviewCommand.Check, request);
        Assert.True(check.Code == 0, check.Error);
        Assert.Contains("1 corrected, 1 rejected, 1 added", check.Output);

        var diff = Invoke(ReviewCommand.Diff, request).Output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.Equal(3, diff.Length);
        Assert.Contains("corrected 001_a630a9649aa4309c", diff[0]);
        Assert.Contains("metric awol → desertion; period_start 2025-09 → 2025-08; period_end 2025-09 → 2025-08 (the ministry files it as desertion)", diff[0]);
        Assert.StartsWith($"{request.Review}:", diff[1]);
        Assert.Contains("rejected", diff[1]);
        Assert.Contains("added 003_2f42aa1f686b2988", diff[2]);

        // extract writes the raw table by default and the reviewed one with --review.
        var raw = Path.Combine(seeds, "..", "raw.csv");
        var reviewed = Path.Combine(seeds, "..", "reviewed.csv");
        Assert.Equal(0, await Root().Parse(["extract", "--articles", seeds, "--out", raw]).InvokeAsync());
        Assert.Equal(0, await Root().Parse(["extract", "--articles", seeds, "--review", "--out", reviewed]).InvokeAsync());
        var rawLines = File.ReadAllLines(raw);
        var reviewedLines = File.ReadAllLines(reviewed);
        Assert.Equal(2, rawLines.Except(reviewedLines).Count());
        Assert.Equal(2, reviewedLines.Except(rawLines).Count());
        Assert.Contains(reviewedLines, l => l.Contains("17,000 abandoned") && l.Contains(",desertion,") && l.Contains("2025-08,2025-08"));
        var json = Path.Combine(seeds, "..", "reviewed.json");
        Assert.Equal(0, await Root().Parse(["extract", "--articles", seeds, "--review", "--format", "json", "--out", json]).InvokeAsync());
        using (var claims = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json)))
            Assert.Equal(["corrected", "added"], claims.RootElement.EnumerateArray()
                .Where(c => c.GetProperty("review").GetProperty("status").GetString() != "confirmed")
                .Select(c => c.GetProperty("review").GetProperty("status").GetString()));

        // The notebook beside the seeds picks review.csv up; removing the file restores the raw extraction.
        var notebooks = Directory.CreateDirectory(Path.Combine(seeds, "..", "notebooks")).FullName;
        File.Copy(Path.Combine(RepoRoot, "notebooks", "02-monthly-figures.ipynb"), Path.Combine(notebooks, "02-monthly-figures.ipynb"));
        Directory.CreateDirectory(Path.Combine(notebooks, "lib"));
        foreach (var file in Directory.GetFiles(Path.Combine(RepoRoot, "notebooks", "lib")))
            File.Copy(file, Path.Combine(notebooks, "lib", Path.GetFileName(file)));
        var run = await RunAsync(Path.Combine(notebooks, "02-monthly-figures.ipynb"), $"reviewPath={request.Review}");
        Assert.Contains("corrected by review: metric awol", run);
        Assert.Contains("Review: 1 of", run);

        File.Delete(request.Review);
        var unreviewed = await RunAsync(Path.Combine(notebooks, "02-monthly-figures.ipynb"));
        Assert.DoesNotContain("by review", unreviewed);
        Assert.Equal(template, Template(seeds));
    }

    [Fact]
    public void Init_refuses_to_overwrite_a_review_file()
    {
        var seeds = SeedsCopy();
        var request = new ReviewCommand.Request(seeds, null, null);
        File.WriteAllText(request.Review, "my decisions");

        var init = Invoke(ReviewCommand.Init, request);

        Assert.Equal(2, init.Code);
        Assert.Equal($"error: {request.Review}: a review file is there already; edit it, or remove it to start again", init.Error.Trim());
        Assert.Equal("my decisions", File.ReadAllText(request.Review));
    }

    [Fact]
    public void Check_reports_a_row_whose_claim_is_gone_as_file_and_line_with_exit_2()
    {
        var seeds = SeedsCopy();
        var request = new ReviewCommand.Request(seeds, null, Path.Combine(seeds, "..", "mine.csv"));
        // The quote is in the article, but the extractor reads no claim there (a date).
        File.WriteAllText(request.Review, $"{Header}\r\n004_0d4c2034fd0cb8c7,On November 23,confirm,,,,,,,,,,,\r\n");

        var check = Invoke(ReviewCommand.Check, request);

        Assert.Equal(2, check.Code);
        Assert.Equal($"{request.Review}:2: no claim reads this quote any more; confirm row left out: “On November 23”", check.Error.Trim());
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { "001_a630a9649aa4309c,over 30 cases of defections,confirm,,,,,,,,,,,\r\n001_a630a9649aa4309c,over 30 cases of defections,reject,,,,,,,,,,,", ":3: two rows for one claim: line 2 has the same article and quote" },
        { "001_a630a9649aa4309c,over 30 cases of defections,correct,,,,deserted,,,,,,,", ":2: metric 'deserted' is not one of" },
        { "001_a630a9649aa4309c,words the article never had,reject,,,,,,,,,,,", ":2: the quote is not in article '001_a630a9649aa4309c'" },
        { "999_gone,over 30 cases of defections,reject,,,,,,,,,,,", ":2: no article '999_gone' among the articles read" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_review_stops_extract_with_exit_2_one_line_naming_file_and_line_and_writes_nothing(string rows, string message)
    {
        var seeds = SeedsCopy();
        var review = Path.Combine(seeds, "review.csv");
        File.WriteAllText(review, $"{Header}\r\n{rows}\r\n");
        var before = File.ReadAllText(review);
        var output = Path.Combine(seeds, "..", "claims.csv");

        var check = Invoke(ReviewCommand.Check, new ReviewCommand.Request(seeds, null, null));
        var extract = await Root().Parse(["extract", "--articles", seeds, "--review", review, "--out", output]).InvokeAsync();

        Assert.Equal(2, check.Code);
        Assert.Single(check.Error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {review}{message}", check.Error);
        Assert.Equal(2, extract);
        Assert.False(File.Exists(output));
        Assert.Equal(before, File.ReadAllText(review));
    }

    private static string Template(string seeds)
    {
        var request = new ReviewCommand.Request(seeds, null, null);
        Invoke(ReviewCommand.Init, request);
        return File.ReadAllText(request.Review);
    }

    /// <summary>Runs one notebook headless; the executed copy's text.</summary>
    private static async Task<string> RunAsync(string notebook, params string[] parameters)
    {
        var outFolder = TestNotebooks.TempFolder();
        var request = new RunCommand.Request { Notebooks = [notebook], OutputFolder = outFolder, Parameters = parameters };
        var error = new StringWriter();
        var code = await Guard.RunAsync(() => RunCommand.ExecuteAsync(request, new FakeChartWriter(false), new StringWriter(), error, default), error);
        Assert.True(code == 0, error.ToString());
        return File.ReadAllText(Path.Combine(outFolder, "notebooks", Path.GetFileName(notebook)));
    }

    private static RootCommand Root()
    {
        var root = new RootCommand();
        foreach (var verb in Verbs.All()) root.Subcommands.Add(verb);
        return root;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new InvalidOperationException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
