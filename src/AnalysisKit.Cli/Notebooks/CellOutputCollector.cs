using System.Text;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Gathers one cell's outputs in the order they happen: console text becomes <c>stream</c>
/// outputs (consecutive writes to one stream merged), displays come between them.
/// </summary>
internal sealed class CellOutputCollector
{
    private readonly Lock _gate = new();
    private readonly List<CellOutput> _outputs = [];
    private readonly StringBuilder _pending = new();
    private string? _pendingStream;

    public CellOutputCollector()
    {
        StandardOutput = new StreamWriter(this, "stdout");
        StandardError = new StreamWriter(this, "stderr");
    }

    /// <summary>Where the cell's Console.Out goes.</summary>
    public TextWriter StandardOutput { get; }

    /// <summary>Where the cell's Console.Error goes.</summary>
    public TextWriter StandardError { get; }

    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            FlushPending();
            _outputs.Add(output);
        }
    }

    /// <summary>The outputs so far.</summary>
    public IReadOnlyList<CellOutput> Outputs()
    {
        lock (_gate)
        {
            FlushPending();
            return [.. _outputs];
        }
    }

    private void Write(string stream, string text)
    {
        lock (_gate)
        {
            if (_pendingStream != stream)
                FlushPending();
            _pendingStream = stream;
            _pending.Append(text);
        }
    }

    private void FlushPending()
    {
        if (_pending.Length > 0)
            _outputs.Add(CellOutput.Stream(_pendingStream!, _pending.ToString()));
        _pending.Clear();
        _pendingStream = null;
    }

    private sealed class StreamWriter(CellOutputCollector owner, string stream) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => owner.Write(stream, value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
                owner.Write(stream, value);
        }

        public override void Write(char[] buffer, int index, int count) => owner.Write(stream, new string(buffer, index, count));
    }
}
