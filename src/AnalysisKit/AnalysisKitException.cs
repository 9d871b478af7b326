namespace AnalysisKit;

/// <summary>
/// Every error the kit raises on bad input. It says where: a file and, when known, a line
/// (or a cell for notebooks), so a one-line message is enough to find the problem.
/// </summary>
public class AnalysisKitException : Exception
{
    public AnalysisKitException(string message, string? file = null, int? line = null, Exception? inner = null)
        : this(message, file, line, inner, located: false)
    {
    }

    private AnalysisKitException(string message, string? file, int? line, Exception? inner, bool located)
        : base(located ? Locate(message, file, line) : message, inner)
    {
        File = file;
        Line = line;
        _located = located;
    }

    private readonly bool _located;

    /// <summary>
    /// An error in an input file whose <see cref="Exception.Message"/> itself begins
    /// <c>file:line:</c>, so it says where wherever only the message is shown (a notebook cell's error).
    /// </summary>
    public static AnalysisKitException InFile(string message, string file, int? line = null, Exception? inner = null) =>
        new(message, file, line, inner, located: true);

    private static string Locate(string message, string? file, int? line) =>
        file is null ? message : line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";

    /// <summary>The file the error is about, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; }

    /// <summary>One line for a terminal: <c>file:line: message</c>.</summary>
    public string ToOneLine() =>
        _located || File is null ? Message
        : Line is null ? $"{File}: {Message}"
        : $"{File}:{Line}: {Message}";
}
