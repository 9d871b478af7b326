using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnalysisKit.Recognition;

namespace AnalysisKit.Cli.Commands;

/// <summary>
/// <c>analysiskit numbers</c>: one JSON array per input line of the figures the number
/// recognizer finds, for checking it against public number-range suites.
/// </summary>
internal static class NumbersCommand
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Lines come from `input` when given (tests), else from standard input.
    public static Command Create(TextReader? input = null)
    {
        var command = new Command("numbers",
            "Read lines on stdin and write, per line, one JSON array of the figures in it: "
            + "{\"text\",\"start\",\"length\",\"low\",\"high\",\"qualifier\",\"kind\"}. start and length count UTF-16 "
            + "code units of the line; low and high are the stated bounds (null when open); qualifier is "
            + "exact|approx|over|under|range; kind is count|percent|multiplier|year|date|ordinal|age|duration|money|quantity|reference. "
            + "An empty line gives [].");
        command.SetAction(parse => Guard.Run(() =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (!ReferenceEquals(output, Console.Out)) return Run(input ?? Console.In, output);
            // Standard output is flushed once at the end, not per line.
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            using var stdin = input ?? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, true, 1 << 16);
            return Run(stdin, stdout);
        }));
        return command;
    }

    internal static int Run(TextReader input, TextWriter output)
    {
        var recognizer = new NumberRecognizer();
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, Json);
        while (input.ReadLine() is { } line)
        {
            buffer.Clear();
            json.Reset(buffer);
            json.WriteStartArray();
            foreach (var mention in recognizer.Recognize(line))
            {
                json.WriteStartObject();
                json.WriteString("text", mention.Text);
                json.WriteNumber("start", mention.Start);
                json.WriteNumber("length", mention.Length);
                WriteBound(json, "low", mention.Low);
                WriteBound(json, "high", mention.High);
                json.WriteString("qualifier", mention.Qualifier.ToSpec());
                json.WriteString("kind", mention.Kind.ToSpec());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.Flush();
            output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        output.Flush();
        return ExitCodes.Ok;
    }

    private static void WriteBound(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }
}
