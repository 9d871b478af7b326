using System.Globalization;
using System.Text.RegularExpressions;
using AnalysisKit.Charts;
using AnalysisKit.Interactive;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Charts;

/// <summary>
/// On a corpus far larger than a page, each chart draws what a report page holds and says how
/// much it left out; the tables (and so their CSVs) keep every row.
/// </summary>
public class LargeCorpusChartTests
{
    private static Analysis Kit => LargeCorpus.Analysis.Value;

    // A chart's JSON goes into its executed notebook once: with a PNG beside it and the tables,
    // a notebook stays under 1 MB.
    private const int MostJsonCharacters = 200_000;

    public static TheoryData<string, int> Charts() => new()
    {
        { "claims per article", LargeCorpus.ArticleCount },
        { "monthly", -1 },
        { "amnesty", -1 },
        { "spread", -1 },
        { "timeline", -1 },
    };

    private static (Figure Figure, int Total) Chart(string name) => name switch
    {
        "claims per article" => (ClaimsPerArticleChart.Create(Kit.Articles, Kit.Claims.Claims), Kit.Articles.Count),
        "monthly" => (MonthlyFiguresChart.Create(Kit.Monthly), Kit.Monthly.Rows.Count(r => r.Force == AnalysisKit.Recognition.Force.UA)),
        "amnesty" => (AmnestyChart.Create(Kit.Amnesty), Kit.Amnesty.Count),
        "spread" => (CumulativeSpreadChart.Create(Kit.Cumulative), Kit.Cumulative.Count),
        _ => (CumulativeSpreadChart.Timeline(Kit.Cumulative), Kit.Cumulative.Rows.Count(e => !e.IsProjection)),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Each_chart_fits_the_tallest_report_page_and_a_notebook_and_says_how_many_it_drew_of_all(string name, int expectedTotal)
    {
        var (figure, total) = Chart(name);
        if (expectedTotal > 0) Assert.Equal(expectedTotal, total);

        Assert.InRange(figure.Layout.Height ?? HouseStyle.ReportSize.Height, HouseStyle.ReportSize.Height, ChartBudget.TallestHeight);
        Assert.InRange(figure.ToJson().Length, 1, MostJsonCharacters);
        var note = Regex.Match(figure.Layout.Title!.Subtitle!, @"Drawn: ([\d,]+) of ([\d,]+) \w+ \(.+\);\nthe table and its CSV hold all ([\d,]+)\.");
        Assert.True(note.Success, figure.Layout.Title.Subtitle);
        Assert.Equal(total, int.Parse(note.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.Equal(total, int.Parse(note.Groups[3].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Assert.InRange(int.Parse(note.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), 10, total - 1);
    }

    [Fact]
    public void The_tables_and_their_csv_keep_every_row_the_charts_leave_out()
    {
        foreach (ITable table in new ITable[] { Kit.Monthly, Kit.Amnesty, Kit.Cumulative })
            Assert.Equal(table.Count + 1, table.ToCsv().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Length);
        Assert.True(Kit.Cumulative.Count > 2_000, Kit.ToString());
    }

    [Fact]
    public void The_spread_keeps_every_basis_with_its_highest_and_lowest_estimate_so_its_annotated_spread_is_drawn()
    {
        var figure = CumulativeSpreadChart.Create(Kit.Cumulative);
        var categories = figure.Data[0].Y.OfType<string>().ToList();
        var bases = Kit.Cumulative.Rows.Select(e => e.Basis).Distinct().ToList();
        Assert.Equal(bases.Count, figure.Layout.Annotations.Count(a => a.Font?.Weight == 700));
        var drawnValues = figure.Data.Skip(1).SelectMany(t => t.X).Where(x => x is not null).Select(x => Convert.ToDouble(x, CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var basis in bases)
        {
            var values = Kit.Cumulative.Rows.Where(e => e.Basis == basis).Select(e => (double)(e.High ?? e.Low)!.Value).ToList();
            Assert.Contains(values.Max(), drawnValues);
            Assert.Contains(values.Min(), drawnValues);
        }
        // Rows fit the page: the height follows them and stays within it.
        Assert.Equal((int)(300 + categories.Count * CumulativeSpreadChart.RowPitch(categories)), figure.Layout.Height);
    }

    [Fact]
    public void With_more_bases_than_rows_a_basis_is_drawn_with_both_its_ends_or_left_out()
    {
        // 2 forces × 3 metrics × 2 units × 4 spans: 48 bases of five estimates, far more than a page holds.
        var claims = new List<AnalysisKit.Claims.Claim>();
        foreach (var force in new[] { AnalysisKit.Recognition.Force.UA, AnalysisKit.Recognition.Force.RU })
            foreach (var metric in new[] { AnalysisKit.Recognition.Metric.Awol, AnalysisKit.Recognition.Metric.Desertion, AnalysisKit.Recognition.Metric.AwolOrDesertion })
                foreach (var unit in new[] { AnalysisKit.Recognition.CountUnit.Persons, AnalysisKit.Recognition.CountUnit.Cases })
                    foreach (var start in new[] { "2022-02", "2023-01", "2024-01", "2025-01" })
                        for (var k = 1; k <= 5; k++)
                            claims.Add(Tables.TestClaims.Total(k * 1_000, k * 1_000, start, start[..4] + "-1" + k % 3, metric, unit, force, source: $"Source {k}")
                                with { Published = new DateOnly(int.Parse(start[..4]) + 1, 1, 15) });
        var table = Analysis.FromClaims(claims).Cumulative;
        Assert.True(table.Rows.Select(e => e.Basis).Distinct().Count() >= 40);

        var figure = CumulativeSpreadChart.Create(table);

        Assert.InRange(figure.Layout.Height!.Value, HouseStyle.ReportSize.Height, ChartBudget.TallestHeight);
        var categories = figure.Data[0].Y.OfType<string>().ToList();
        var headers = categories.Select((c, i) => (c, i)).Where(x => x.c.All(ch => ch == '\u200B')).Select(x => x.i).Append(categories.Count).ToList();
        Assert.InRange(headers.Count - 1, 5, 40);
        // Each drawn basis shows its highest (5,000) and its lowest (1,000).
        var drawn = figure.Data.Skip(1).Where(t => t.Mode == "markers").SelectMany(t => t.X.Zip(t.Y)).Where(p => p.First is not null)
            .Select(p => (Value: Convert.ToDouble(p.First, CultureInfo.InvariantCulture), Row: categories.IndexOf((string)p.Second!))).ToList();
        foreach (var (from, to) in headers.Zip(headers.Skip(1)))
        {
            var values = drawn.Where(p => p.Row > from && p.Row < to).Select(p => p.Value).ToList();
            Assert.Contains(5_000d, values);
            Assert.Contains(1_000d, values);
        }
    }

    [Fact]
    public void The_timeline_keeps_every_basis_and_its_most_recent_estimate()
    {
        var figure = CumulativeSpreadChart.Timeline(Kit.Cumulative);
        var latest = Kit.Cumulative.Rows.Max(e => e.AsOf.AsMonth);
        var groups = figure.Data.Where(t => t.ShowLegend == true).Select(t => t.LegendGroupTitle).Distinct().Count();
        Assert.Equal(Kit.Cumulative.Rows.Select(e => e.Basis).Distinct().Count(), groups);
        // Every basis' newest month is on the axis: the most recent estimates were kept.
        Assert.Equal(ChartWords.Month(latest), figure.Layout.XAxis!.TickText!.Last());
        Assert.True(CumulativeSpreadChart.LegendHeight(figure.Data) + 150 <= ChartBudget.TallestHeight);
    }

    [Fact]
    public void The_monthly_chart_names_every_source_and_draws_at_most_its_budget_of_figures()
    {
        var figure = MonthlyFiguresChart.Create(Kit.Monthly);
        var sources = Kit.Monthly.Rows.Select(r => r.Source).Distinct().Count();
        Assert.Equal(sources, figure.Data.Count(t => t.ShowLegend == true && t.Legend is null));
        var marks = figure.Data.Where(t => t.ShowLegend == false && t.Mode == "markers").Sum(t => t.X.Count)
            + figure.Data.Count(t => t.ShowLegend == false && t.Mode == "lines");
        Assert.InRange(marks, 1, ChartBudget.MonthlyFigures);
    }

    [Fact]
    public void A_corpus_that_fits_is_drawn_whole_with_no_note()
    {
        var seeds = Analysis.Load(TestPaths.Seeds);
        Figure[] figures =
        [
            ClaimsPerArticleChart.Create(seeds.Articles, seeds.Claims.Claims), MonthlyFiguresChart.Create(seeds.Monthly),
            AmnestyChart.Create(seeds.Amnesty), CumulativeSpreadChart.Create(seeds.Cumulative), CumulativeSpreadChart.Timeline(seeds.Cumulative),
        ];
        Assert.All(figures, f => Assert.DoesNotContain("Drawn:", f.Layout.Title!.Subtitle ?? ""));
        Assert.Equal(seeds.Cumulative.Count, CumulativeSpreadChart.Create(seeds.Cumulative).Data[0].Y.Count - seeds.Cumulative.Rows.Select(e => e.Basis).Distinct().Count());
    }
}
