namespace AnalysisKit.Cli.Commands;

/// <summary>Writes a verb's result to stdout or, atomically, to a file.</summary>
internal static class Output
{
    public static void Write(string? path, string text)
    {
        if (path is null)
        {
            Console.Out.Write(text);
            return;
        }
        AtomicFile.WriteAllText(path, text);
    }
}
