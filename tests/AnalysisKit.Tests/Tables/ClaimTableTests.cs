using AnalysisKit.Claims;
using AnalysisKit.Recognition;
using AnalysisKit.Tables;

namespace AnalysisKit.Tests.Tables;

public class ClaimTableTests
{
    private static readonly Claim Range = new()
    {
        Article = "000_a",
        Quote = "between 100,000 and 200,000 individuals have taken ‘self-leave’",
        ValueLow = 100_000,
        ValueHigh = 200_000,
        Qualifier = Qualifier.Range,
        Metric = Metric.Awol,
        Unit = CountUnit.Persons,
        Rate = Rate.Total,
        Force = Force.UA,
        PeriodEnd = new PeriodPoint(2025, 11),
        Source = "unnamed source",
    };

    private static readonly Claim OpenHigh = new()
    {
        Article = "001_b",
        Quote = "Over 21,000 people took advantage of it",
        ValueLow = 21_000,
        Qualifier = Qualifier.Over,
        Metric = Metric.AmnestyReturns,
        Unit = CountUnit.Persons,
        Rate = Rate.Total,
        Force = Force.UA,
        PeriodEnd = new PeriodPoint(2025, 8, 30),
        Source = "local media (Do Rzeczy)",
        Sentence = "Over 21,000 people took advantage of it, \"officials\" said.",
    };

    private static readonly Claim PerMonth = new()
    {
        Article = "001_b",
        Quote = "14,000-18,000 cases of unauthorized abandonment each month",
        ValueLow = 14_000,
        ValueHigh = 18_000,
        Qualifier = Qualifier.Range,
        Metric = Metric.AwolOrDesertion,
        Unit = CountUnit.Cases,
        Rate = Rate.PerMonth,
        Force = Force.RU,
        Source = "Prosecutor General's Office",
    };

    private static readonly Claim Hostile = new()
    {
        Article = "666_x",
        Quote = "</script><script>alert(1)</script> 5 <img src=x onerror=alert('x')>",
        ValueLow = 5,
        ValueHigh = 5,
        Source = "\"Evil\" & <b>sons</b>",
    };

    [Fact]
    public void Csv_has_the_spec_columns_in_order_and_blank_missing_values()
    {
        var csv = new ClaimTable([Range, OpenHigh, PerMonth]).ToCsv();
        Assert.Equal(
            "article,quote,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source\r\n" +
            "000_a,\"between 100,000 and 200,000 individuals have taken ‘self-leave’\",100000,200000,range,awol,persons,total,UA,,2025-11,unnamed source\r\n" +
            "001_b,\"Over 21,000 people took advantage of it\",21000,,over,amnesty_returns,persons,total,UA,,2025-08-30,local media (Do Rzeczy)\r\n" +
            "001_b,\"14,000-18,000 cases of unauthorized abandonment each month\",14000,18000,range,awol_or_desertion,cases,per_month,RU,,,Prosecutor General's Office\r\n",
            csv);
    }

    [Fact]
    public void Column_names_are_the_gold_files_columns() =>
        Assert.Equal(GoldTable.Columns, new ClaimTable([]).ColumnNames);

    [Fact]
    public void The_seed_gold_file_reads_back_from_its_csv_unchanged()
    {
        var gold = GoldTable.Read(Path.Combine(TestPaths.Seeds, "claims.gold.csv"));
        var csv = new ClaimTable(gold).ToCsv();
        Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.Seeds, "claims.gold.csv")), csv);
        Assert.Equal(gold, GoldTable.Read(new StringReader(csv), "round trip"));
    }

    [Fact]
    public void Csv_doubles_embedded_quotes()
    {
        var csv = new ClaimTable([Hostile with { Quote = "the \"official\" 5" }]).ToCsv();
        Assert.EndsWith("666_x,\"the \"\"official\"\" 5\",5,5,exact,desertion,persons,total,UA,,,\"\"\"Evil\"\" & <b>sons</b>\"\r\n", csv);
    }

    [Fact]
    public void Html_shows_thousands_separators_blanks_and_the_sentence_on_hover()
    {
        var html = new ClaimTable([OpenHigh]).ToHtml();
        Assert.Equal(
            "<table class=\"analysiskit-table\">\n" +
            "<caption>Claims (1 row)</caption>\n" +
            "<thead><tr><th>article</th><th>quote</th><th>value_low</th><th>value_high</th><th>qualifier</th><th>metric</th><th>unit</th><th>rate</th><th>force</th><th>period_start</th><th>period_end</th><th>source</th></tr></thead>\n" +
            "<tbody>\n" +
            "<tr title=\"Over 21,000 people took advantage of it, &quot;officials&quot; said.\">" +
            "<td>001_b</td><td>Over 21,000 people took advantage of it</td>" +
            "<td style=\"text-align:right\">21,000</td><td style=\"text-align:right\"></td>" +
            "<td>over</td><td>amnesty_returns</td><td>persons</td><td>total</td><td>UA</td><td></td><td>2025-08-30</td>" +
            "<td>local media (Do Rzeczy)</td></tr>\n" +
            "</tbody>\n</table>\n",
            html);
    }

    [Fact]
    public void Html_escapes_article_text_in_cells_and_in_the_hover()
    {
        var html = new ClaimTable([Hostile]).ToHtml();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<tr title=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; 5 &lt;img src=x onerror=alert(&#39;x&#39;)&gt;\">", html);
        Assert.Contains("<td>&quot;Evil&quot; &amp; &lt;b&gt;sons&lt;/b&gt;</td>", html);
    }

    [Fact]
    public void Text_grid_aligns_numbers_right_and_clips_long_cells()
    {
        var text = new ClaimTable([Range, OpenHigh]).ToText();
        Assert.Equal(
            "Claims (2 rows)\n" +
            "article  quote                                     value_low  value_high  qualifier  metric           unit     rate   force  period_start  period_end  source\n" +
            "-------  ----------------------------------------  ---------  ----------  ---------  ---------------  -------  -----  -----  ------------  ----------  -----------------------\n" +
            "000_a    between 100,000 and 200,000 individuals…    100,000     200,000  range      awol             persons  total  UA                   2025-11     unnamed source\n" +
            "001_b    Over 21,000 people took advantage of it      21,000              over       amnesty_returns  persons  total  UA                   2025-08-30  local media (Do Rzeczy)\n",
            text);
    }

    [Fact]
    public void Text_grid_says_how_many_rows_it_left_out()
    {
        var claims = Enumerable.Repeat(Range, 35).ToList();
        var lines = new ClaimTable(claims).ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Claims (35 rows)", lines[0]);
        Assert.Equal(1 + 2 + 30 + 1, lines.Length);
        Assert.Equal("... 5 rows more", lines[^1]);
    }

    [Fact]
    public void A_caption_names_the_table_in_html_and_text_but_not_in_csv()
    {
        var table = new ClaimTable([Range]) { Caption = "Missed <by the kit>" };
        Assert.Contains("<caption>Missed &lt;by the kit&gt; (1 row)</caption>", table.ToHtml());
        Assert.StartsWith("Missed <by the kit> (1 row)\n", table.ToText());
        Assert.Equal(new ClaimTable([Range]).ToCsv(), table.ToCsv());
    }

    [Fact]
    public void An_empty_table_is_a_header_only()
    {
        var table = new ClaimTable([]);
        Assert.Equal(string.Join(',', GoldTable.Columns) + "\r\n", table.ToCsv());
        Assert.Contains("<caption>Claims (0 rows)</caption>", table.ToHtml());
        Assert.Equal(0, table.Count);
    }

    [Fact]
    public void Writing_csv_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        var directory = Directory.CreateTempSubdirectory("analysiskit-tables-");
        try
        {
            var path = Path.Combine(directory.FullName, "claims.csv");
            File.WriteAllText(path, "old content that is longer than nothing");
            var table = new ClaimTable([Range]);
            table.WriteCsv(path);
            Assert.Equal(table.ToCsv(), File.ReadAllText(path));
            Assert.Equal(["claims.csv"], directory.GetFiles().Select(f => f.Name));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Writing_csv_where_it_cannot_names_the_path()
    {
        var directory = Directory.CreateTempSubdirectory("analysiskit-tables-");
        try
        {
            var blocker = Path.Combine(directory.FullName, "not-a-folder");
            File.WriteAllText(blocker, "");
            var path = Path.Combine(blocker, "claims.csv");
            var error = Assert.Throws<AnalysisKitException>(() => new ClaimTable([Range]).WriteCsv(path));
            Assert.Equal(path, error.File);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
