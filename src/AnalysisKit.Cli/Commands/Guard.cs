namespace AnalysisKit.Cli.Commands;

/// <summary>Turns the kit's errors into one line on stderr and an exit code.</summary>
internal static class Guard
{
    public static async Task<int> RunAsync(Func<Task<int>> action, TextWriter? error = null)
    {
        try
        {
            return await action();
        }
        catch (AnalysisKitException ex)
        {
            (error ?? Console.Error).WriteLine($"error: {ex.ToOneLine()}");
            return ExitCodes.BadInput;
        }
    }

    public static int Run(Func<int> action, TextWriter? error = null) =>
        RunAsync(() => Task.FromResult(action()), error).GetAwaiter().GetResult();
}
