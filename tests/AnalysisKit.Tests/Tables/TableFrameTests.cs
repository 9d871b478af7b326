using System.Globalization;
using AnalysisKit.Claims;
using AnalysisKit.Interactive;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;
using Deedle;

namespace AnalysisKit.Tests.Tables;

public class TableFrameTests
{
    // Extracted, not gold: only extracted claims carry the sentences that imply amnesty totals.
    private static readonly Analysis Seeds = Analysis.Load(TestPaths.Seeds);

    private static readonly string[] DateColumns = ["period_start", "period_end", "start", "as_of", "reference_as_of", "published"];

    public static TheoryData<string> Tables() => [.. All.Keys];

    private static readonly Dictionary<string, ITable> All = new()
    {
        ["claims"] = Seeds.Claims,
        ["monthly"] = Seeds.Monthly,
        ["amnesty"] = Seeds.Amnesty,
        ["cumulative"] = Seeds.Cumulative,
        ["spread"] = Seeds.Cumulative.Spread,
        ["consistency"] = Seeds.Cumulative.Consistency,
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_table_becomes_a_frame_with_its_rows_and_csv_columns_in_order(string name)
    {
        var table = All[name];
        var frame = table.ToFrame();

        Assert.True(table.Count > 0, $"the seeds give the {name} table rows");
        Assert.Equal(Enumerable.Range(0, table.Count), frame.RowKeys);
        Assert.Equal(CsvHeader(table), frame.ColumnKeys.Take(CsvHeader(table).Length));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_frame_holds_the_values_its_csv_writes_with_missing_values_missing(string name)
    {
        var table = All[name];
        var frame = table.ToFrame();
        var csv = CsvRows(table);
        var header = CsvHeader(table);

        for (var row = 0; row < csv.Count; row++)
            for (var column = 0; column < header.Length; column++)
            {
                var cell = frame.GetColumn<object>(header[column]).TryGet(row);
                var text = csv[row][column];
                if (text == "")
                    Assert.False(cell.HasValue, $"{name}[{row}].{header[column]} is blank in CSV but {cell} in the frame");
                else
                    Assert.Equal(text, AsCsv(cell.Value, text));
            }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_frame_column_is_typed_dates_as_dates_and_counts_as_numbers(string name)
    {
        var frame = All[name].ToFrame();
        var types = frame.ColumnKeys.Zip(frame.ColumnTypes).ToDictionary(c => c.First, c => c.Second);

        Assert.All(types.Where(c => DateColumns.Contains(c.Key)), c => Assert.Equal(typeof(DateTime), c.Value));
        Assert.All(types.Where(c => c.Key is "low" or "high" or "value_low" or "value_high" or "stated_low" or "lowest" or "highest"),
            c => Assert.Contains(c.Value, new[] { typeof(long), typeof(double) }));
        Assert.All(types.Where(c => c.Key is "quote" or "source" or "metric" or "force" or "scope"), c => Assert.Equal(typeof(string), c.Value));
        Assert.DoesNotContain(typeof(object), types.Values);
    }

    [Fact]
    public void A_claim_with_an_open_high_and_no_start_leaves_them_missing_not_zero()
    {
        var open = TestClaims.Total(21_000, null, null, "2025-10", quote: "over 21,000") with { Published = new DateOnly(2025, 11, 3) };
        var frame = new ClaimTable([open]).ToFrame();

        Assert.Equal(21_000L, frame.GetColumn<long>("value_low")[0]);
        Assert.False(frame.GetColumn<long>("value_high").TryGet(0).HasValue);
        Assert.False(frame.GetColumn<DateTime>("period_start").TryGet(0).HasValue);
        Assert.Equal(new DateTime(2025, 10, 1), frame.GetColumn<DateTime>("period_end")[0]);
        Assert.Equal(new DateTime(2025, 11, 3), frame.GetColumn<DateTime>("published")[0]);
        Assert.Equal("over", frame.GetColumn<string>("qualifier")[0]);
    }

    [Fact]
    public void A_day_precise_period_end_keeps_its_day()
    {
        var claim = TestClaims.Total(9_870, 9_870, "2024-12-12", "2025-02-28");
        var frame = new ClaimTable([claim]).ToFrame();

        Assert.Equal(new DateTime(2024, 12, 12), frame.GetColumn<DateTime>("period_start")[0]);
        Assert.Equal(new DateTime(2025, 2, 28), frame.GetColumn<DateTime>("period_end")[0]);
    }

    [Fact]
    public void A_cumulative_frame_holds_flags_as_booleans()
    {
        var frame = Seeds.Cumulative.ToFrame();
        var flags = frame.GetColumn<bool>("projection");

        Assert.Equal(Seeds.Cumulative.Rows.Select(e => e.IsProjection), flags.Values);
    }

    [Fact]
    public void An_empty_table_gives_a_frame_with_its_columns_and_no_rows()
    {
        var frame = new ClaimTable([]).ToFrame();

        Assert.Equal(0, frame.RowCount);
        Assert.Equal([.. new ClaimTable([]).ColumnNames, "published"], frame.ColumnKeys);
    }

    [Fact]
    public void The_claims_frame_counts_claims_per_source_and_metric_as_an_analyst_would()
    {
        var claims = Seeds.Claims.ToFrame();
        var perSourceAndMetric = claims.PivotTable<int, string, string, string, int>("source", "metric", group => group.RowCount);

        var expected = Seeds.Claims.Rows.GroupBy(c => (c.Source, Metric: c.Metric.ToSpec())).ToDictionary(g => g.Key, g => g.Count());
        foreach (var ((source, metric), count) in expected)
            Assert.Equal(count, perSourceAndMetric.GetColumn<int>(metric)[source]);
        Assert.Equal(expected.Values.Sum(), perSourceAndMetric.GetAllColumns<int>().Sum(c => c.Value.Values.Sum()));
    }

    private static string[] CsvHeader(ITable table) => CsvRowsWithHeader(table)[0];

    private static List<string[]> CsvRows(ITable table) => CsvRowsWithHeader(table).Skip(1).ToList();

    private static List<string[]> CsvRowsWithHeader(ITable table)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(table.ToCsv()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(reader.Parser.Record!);
        return rows;
    }

    // The frame value written as the CSV writes it; a date at the precision the CSV text has.
    private static string AsCsv(object value, string csvText) => value switch
    {
        DateTime date => PeriodPoint.TryParse(csvText) is { Day: null } ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) + (date.Day == 1 ? "" : "-not-first")
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("0.####", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
