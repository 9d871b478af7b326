using System.Globalization;
using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using CsvHelper;

namespace AnalysisKit.Tests.Tables;

/// <summary>
/// The seeds' gold claims with each article's publication date from the manifest, read just
/// enough for end-to-end table tests (the kit's own gold reader lives in Claims).
/// </summary>
internal static class SeedClaims
{
    public static IReadOnlyList<Claim> Load()
    {
        var seeds = Path.Combine(RepoRoot(), "seeds");
        var published = Rows(Path.Combine(seeds, "manifest.csv"))
            .ToDictionary(r => r["article"], r => DateOnly.ParseExact(r["published"], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return Rows(Path.Combine(seeds, "claims.gold.csv")).Select(r => new Claim
        {
            Article = r["article"],
            Quote = r["quote"],
            ValueLow = r["value_low"] is { Length: > 0 } low ? long.Parse(low, CultureInfo.InvariantCulture) : null,
            ValueHigh = r["value_high"] is { Length: > 0 } high ? long.Parse(high, CultureInfo.InvariantCulture) : null,
            Qualifier = SpecNames.Parse<Qualifier>(r["qualifier"])!.Value,
            Metric = SpecNames.Parse<Metric>(r["metric"])!.Value,
            Unit = SpecNames.Parse<CountUnit>(r["unit"])!.Value,
            Rate = SpecNames.Parse<Rate>(r["rate"])!.Value,
            Force = SpecNames.Parse<Force>(r["force"])!.Value,
            PeriodStart = PeriodPoint.TryParse(r["period_start"]),
            PeriodEnd = PeriodPoint.TryParse(r["period_end"]),
            Source = r["source"],
            Published = published[r["article"]],
        }).ToArray();
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>()
            .Select(row => ((IDictionary<string, object>)row).ToDictionary(p => p.Key, p => (string)p.Value))
            .ToList();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnalysisKit.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("AnalysisKit.sln not found above " + AppContext.BaseDirectory);
    }
}
