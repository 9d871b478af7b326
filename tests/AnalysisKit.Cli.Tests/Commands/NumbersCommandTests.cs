using System.CommandLine;
using System.Text.Json;
using AnalysisKit.Cli.Commands;
using AnalysisKit.Recognition;

namespace AnalysisKit.Cli.Tests.Commands;

public class NumbersCommandTests
{
    private static (int Code, string[] Lines) Invoke(string stdin)
    {
        var output = new StringWriter();
        var command = NumbersCommand.Create(new StringReader(stdin));
        var code = command.Parse(Array.Empty<string>()).Invoke(new InvocationConfiguration { Output = output });
        return (code, output.ToString().Split('\n', StringSplitOptions.None)[..^1].Select(l => l.TrimEnd('\r')).ToArray());
    }

    [Fact]
    public void Each_input_line_gives_one_json_array_line_and_an_empty_line_gives_an_empty_array()
    {
        var (code, lines) = Invoke("over 21,000 soldiers\n\nin 2024 1,000\n");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(
        [
            """[{"text":"over 21,000","start":0,"length":11,"low":21000,"high":null,"qualifier":"over","kind":"count"}]""",
            "[]",
            """[{"text":"2024","start":3,"length":4,"low":2024,"high":2024,"qualifier":"exact","kind":"year"},{"text":"1,000","start":8,"length":5,"low":1000,"high":1000,"qualifier":"exact","kind":"count"}]""",
        ], lines);
    }

    [Fact]
    public void Ranges_and_upper_bounds_write_both_ends_with_null_for_an_open_end()
    {
        var (_, lines) = Invoke("between 100,000 and 200,000 left; as many as 300,000 may\n");
        using var json = JsonDocument.Parse(lines.Single());
        var range = json.RootElement[0];
        Assert.Equal("between 100,000 and 200,000", range.GetProperty("text").GetString());
        Assert.Equal(100000m, range.GetProperty("low").GetDecimal());
        Assert.Equal(200000m, range.GetProperty("high").GetDecimal());
        Assert.Equal("range", range.GetProperty("qualifier").GetString());
        var under = json.RootElement[1];
        Assert.Equal(JsonValueKind.Null, under.GetProperty("low").ValueKind);
        Assert.Equal(300000m, under.GetProperty("high").GetDecimal());
        Assert.Equal("under", under.GetProperty("qualifier").GetString());
    }

    [Fact]
    public void Start_and_length_count_utf16_code_units_of_the_line()
    {
        // The emoji is two UTF-16 code units, the dash one.
        var (_, lines) = Invoke("😀 – about 5 km\r\n");
        using var json = JsonDocument.Parse(lines.Single());
        var mention = json.RootElement.EnumerateArray().Single();
        Assert.Equal(5, mention.GetProperty("start").GetInt32());
        Assert.Equal(7, mention.GetProperty("length").GetInt32());
        Assert.Equal("about 5", mention.GetProperty("text").GetString());
    }

    [Fact]
    public void Non_count_kinds_are_spelled_in_lowercase_spec_words()
    {
        var (_, lines) = Invoke("Article 408, 10%, fivefold, November 21, 123rd, aged 35, 24 hours\n");
        using var json = JsonDocument.Parse(lines.Single());
        var kinds = json.RootElement.EnumerateArray().Select(m => m.GetProperty("kind").GetString()!).ToArray();
        Assert.Equal(["reference", "percent", "multiplier", "date", "ordinal", "age", "duration"], kinds);
        var date = json.RootElement[3];
        Assert.Equal(JsonValueKind.Null, date.GetProperty("low").ValueKind);
    }

    // One phrase per kind the recognizer tells apart; the fact below keeps the table complete.
    public static TheoryData<string, string, string> OneOfEachKind => new()
    {
        { "some 4,200 soldiers", "some 4,200", "count" },
        { "a rise of 12 percent", "12 percent", "percent" },
        { "an almost fivefold rise", "almost fivefold", "multiplier" },
        { "in 2023 alone", "2023", "year" },
        { "on 30 August 2024", "30 August 2024", "date" },
        { "the 47th brigade", "47th", "ordinal" },
        { "men aged 27", "27", "age" },
        { "five to ten years", "five to ten", "duration" },
        { "a bonus of $1.2 million", "1.2 million", "money" },
        { "a front of 1,200 km", "1,200", "quantity" },
        { "under Article 408", "408", "reference" },
    };

    [Theory]
    [MemberData(nameof(OneOfEachKind))]
    public void Every_recognized_figure_is_reported_with_its_kind(string line, string text, string kind)
    {
        var (_, lines) = Invoke(line + "\n");
        using var json = JsonDocument.Parse(lines.Single());
        var mention = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(text, mention.GetProperty("text").GetString());
        Assert.Equal(kind, mention.GetProperty("kind").GetString());
    }

    [Fact]
    public void The_kind_table_names_every_kind() =>
        Assert.Equal(
            Enum.GetValues<NumberKind>().Select(k => k.ToSpec()).Order(),
            OneOfEachKind.Select(row => (string)row[2]).Order());

    [Fact]
    public void The_verb_is_registered() =>
        Assert.Contains(Verbs.All(), command => command.Name == "numbers");
}
