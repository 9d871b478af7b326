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
        var command = new Command("bench-extract", "Measure extraction throughput (MB/s, one core) and peak memory.");
        corpus.AddTo(command);
        command.Options.Add(size);
        command.Options.Add(seed);
        command.SetAction(result => Guard.Run(() =>
        {
            var sources = corpus.Load(result);
            var texts = Synthesize(sources, result.GetValue(size) * 1_000_000L, new Random(result.GetValue(seed)));
            var bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));

            var extractor = new ClaimExtractor();
            var warmUp = Synthesize(sources, WarmUpBytes, new Random(~result.GetValue(seed)));
            var (warmUpPasses, coldSeconds) = WarmUp(extractor, warmUp);
            var warmUpMegabytes = warmUp.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text)) / 1_000_000.0;
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var claims = 0;
            foreach (var text in texts)
                claims += extractor.Extract(Load(text)).Count;
            clock.Stop();

            var megabytes = bytes / 1_000_000.0;
            var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1_000_000.0;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000.0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{megabytes:0.0} MB in {texts.Count} articles, {claims} claims, {clock.Elapsed.TotalSeconds:0.00} s: " +
                $"{megabytes / clock.Elapsed.TotalSeconds:0.0} MB/s on one thread after {warmUpPasses} warm-up passes over {WarmUpBytes / 1_000_000} MB " +
                $"(the first, cold: {warmUpMegabytes / coldSeconds:0.0} MB/s); " +
                $"peak working set {peak:0} MB (corpus included), {allocated:0} MB allocated while extracting"));
            return ExitCodes.Ok;
        }));
        return command;
    }

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
