using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// Extraction throughput on a synthetic corpus built from a folder's sentences with their
/// figures varied, so the benchmark measures the rules, not a cache of one text.
/// </summary>
internal static partial class BenchExtractCommand
{
    public static Command Create()
    {
        var corpus = new CorpusOptions();
        var size = new Option<int>("--size-mb") { Description = "Size of the synthetic corpus in MB", DefaultValueFactory = _ => 50 };
        var seed = new Option<int>("--seed") { Description = "Random seed for the varied figures", DefaultValueFactory = _ => 1 };
        var scaling = new Option<bool>("--scaling")
        {
            Description = "Instead: time each stage on one article of 1 MB and of --size-mb MB, with and without full stops, and print how far from linear",
        };
        var command = new Command("bench-extract", "Measure extraction throughput (MB/s, one core) and peak memory.");
        corpus.AddTo(command);
        command.Options.Add(size);
        command.Options.Add(seed);
        command.Options.Add(scaling);
        command.SetAction(result => Guard.Run(() =>
        {
            var sources = corpus.Load(result);
            if (result.GetValue(scaling))
                return Scaling(sources, result.GetValue(size), result.GetValue(seed));
            var texts = Synthesize(sources, result.GetValue(size) * 1_000_000L, new Random(result.GetValue(seed)));
            var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));

            var extractor = new ClaimExtractor();
            var warmUp = Synthesize(sources, WarmUpBytes, new Random(~result.GetValue(seed)));
            var (warmUpPasses, coldSeconds) = WarmUp(extractor, warmUp);
            var warmUpMegabytes = warmUp.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / 1_000_000.0;
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var claims = 0;
            foreach (var text in texts)
                claims += extractor.Extract(Load(text)).Count;
            clock.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;

            var megabytes = bytes / 1_000_000.0;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1_000_000.0;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000.0;
            var scanSeconds = NumberScanSeconds(texts);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{megabytes:0.0} MB in {texts.Count} articles, {claims} claims, {clock.Elapsed.TotalSeconds:0.00} s: " +
                $"{megabytes / clock.Elapsed.TotalSeconds:0.0} MB/s on one thread ({megabytes / cpuSeconds:0.0} MB per CPU second) after {warmUpPasses} warm-up passes over {WarmUpBytes / 1_000_000} MB " +
                $"(the first, cold: {warmUpMegabytes / coldSeconds:0.0} MB/s); " +
                $"peak working set {peak:0} MB (corpus included), {allocated:0} MB allocated while extracting"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"a bare compiled-regex number scan of the same corpus: {megabytes / scanSeconds:0} MB/s; extraction takes {clock.Elapsed.TotalSeconds / scanSeconds:0.0}x its time"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    // The floor any extractor pays: find every digit run once. Warm (second pass), same texts, same process,
    // so the ratio holds on a loaded machine where absolute MB/s do not.
    private static double NumberScanSeconds(List<(string Id, string Text, DateOnly Published)> texts)
    {
        var scan = new Regex(@"\d[\d,.]*", RegexOptions.Compiled | RegexOptions.CultureInvariant);
        var seconds = 0.0;
        for (var pass = 0; pass < 2; pass++)
        {
            var clock = Stopwatch.StartNew();
            var found = 0;
            foreach (var text in texts)
                foreach (var _ in scan.EnumerateMatches(text.Text)) found++;
            seconds = clock.Elapsed.TotalSeconds;
            if (found == 0) throw new AnalysisKitException("the benchmark corpus has no figures");
        }
        return seconds;
    }

    // Each stage on one article of 1 MB and of `largeMb` MB, as prose and as one sentence with no full
    // stop: linear stages take about largeMb times as long on the large one (ratio near 1).
    private static int Scaling(IReadOnlyList<Article> sources, int largeMb, int seed)
    {
        var extractor = ClaimExtractor.Default;
        Measure(Article(sources, 1, seed, sentences: true), extractor); // warm-up: compile and tier up first
        Console.WriteLine($"stage times in seconds, 1 MB vs {largeMb} MB; ratio = large / ({largeMb} x small), 1.0 is linear");
        foreach (var sentences in new[] { true, false })
        {
            var small = Measure(Article(sources, 1, seed, sentences), extractor);
            var large = Measure(Article(sources, largeMb, seed, sentences), extractor);
            foreach (var (stage, index) in new[] { ("read", 0), ("extract", 1), ("tables", 2) })
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(sentences ? "article" : "no full stop"),-13} {stage,-8} {small[index],8:0.000} {large[index],9:0.000}   ratio {large[index] / (largeMb * Math.Max(small[index], 1e-4)):0.00}"));
        }
        return ExitCodes.Ok;
    }

    private static string Article(IReadOnlyList<Article> sources, int megabytes, int seed, bool sentences)
    {
        var text = string.Join("\n\n", Synthesize(sources, megabytes * 1_000_000L, new Random(seed)).Select(t => t.Text));
        // No full stop, question or exclamation mark and no line break: the whole text is one sentence.
        return sentences ? text : SentenceEnd().Replace(text, ",");
    }

    private static double[] Measure(string text, ClaimExtractor extractor)
    {
        var clock = Stopwatch.StartNew();
        var article = ArticleLoader.FromText(text, new ManifestEntry("scaling", "bench", "", new DateOnly(2025, 10, 1), false));
        var read = clock.Elapsed.TotalSeconds;
        var claims = extractor.Extract(article);
        var extract = clock.Elapsed.TotalSeconds - read;
        _ = Interactive.Analysis.FromClaims(claims).ToString();
        return [read, extract, clock.Elapsed.TotalSeconds - read - extract];
    }

    [GeneratedRegex(@"[.!?]|\s*\n\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    private const long WarmUpBytes = 5_000_000;

    // Patterns compile and the JIT tiers methods up over the first tens of megabytes. As
    // BenchmarkDotNet does, warm up on other text (another seed) until a pass compiles (almost)
    // nothing new and takes within 5% of the one before, so the timed run measures the steady
    // state, not the one-off start-up.
    // Returns the passes run and the seconds of the first, cold one.
    private static (int Passes, double ColdSeconds) WarmUp(ClaimExtractor extractor, List<(string Id, string Text, DateOnly Published)> texts)
    {
        var previous = double.MaxValue;
        var cold = 0.0;
        for (var pass = 1; ; pass++)
        {
            var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            var clock = Stopwatch.StartNew();
            foreach (var text in texts) extractor.Extract(Load(text));
            var seconds = clock.Elapsed.TotalSeconds;
            if (pass == 1) cold = seconds;
            var settled = System.Runtime.JitInfo.GetCompiledMethodCount() - compiled <= 10 && Math.Abs(seconds - previous) <= 0.05 * previous;
            if (pass == MaxWarmUpPasses || settled) return (pass, cold);
            previous = seconds;
        }
    }

    private const int MaxWarmUpPasses = 12;

    private static Article Load((string Id, string Text, DateOnly Published) text) =>
        ArticleLoader.FromText(text.Text, new ManifestEntry(text.Id, "bench", "", text.Published, false));

    /// <summary>Articles of shuffled sentences from the sources, every digit run varied.</summary>
    internal static List<(string Id, string Text, DateOnly Published)> Synthesize(IReadOnlyList<Article> sources, long targetBytes, Random random)
    {
        var sentences = sources.SelectMany(a => a.Sentences.Select(s => (s.Text, a.Published))).ToList();
        if (sentences.Count == 0) throw new AnalysisKitException("no sentences to build a benchmark corpus from");
        var texts = new List<(string, string, DateOnly)>();
        long total = 0;
        while (total < targetBytes)
        {
            var article = new StringBuilder();
            var published = sentences[random.Next(sentences.Count)].Published;
            for (var i = 0; i < 40; i++)
            {
                var text = Digits().Replace(sentences[random.Next(sentences.Count)].Text, m => Vary(m.Value, random));
                article.Append(text).Append(i % 4 == 3 ? "\n\n" : " ");
            }
            var body = article.ToString();
            texts.Add(($"bench_{texts.Count:D6}", body, published));
            total += Encoding.UTF8.GetByteCount(body);
        }
        return texts;
    }

    // Same shape (separators kept, no leading zero), other digits.
    private static string Vary(string digits, Random random) =>
        string.Concat(digits.Select((c, i) => char.IsDigit(c) ? (char)('0' + (i == 0 ? random.Next(1, 10) : random.Next(10))) : c));

    [GeneratedRegex(@"\d[\d,]*\d|\d", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();
}
