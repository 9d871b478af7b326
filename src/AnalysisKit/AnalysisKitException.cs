namespace AnalysisKit;

/// <summary>
/// Every error the kit raises on bad input. It says where: a file and, when known, a line
/// (or a cell for notebooks), so a one-line message is enough to find the problem.
/// </summary>
public class AnalysisKitException : Exception
{
    public AnalysisKitException(string message, string? file = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file the error is about, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; }

    /// <summary>One line for a terminal: <c>file:line: message</c>.</summary>
    public string ToOneLine() =>
        File is null ? Message
        : Line is null ? $"{File}: {Message}"
        : $"{File}:{Line}: {Message}";
}
