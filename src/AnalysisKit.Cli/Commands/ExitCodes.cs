namespace AnalysisKit.Cli.Commands;

/// <summary>Exit codes shared by every verb.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The work ran and failed: a notebook cell, a required image export.</summary>
    public const int Failed = 1;

    /// <summary>Bad input: a missing folder, a malformed file; nothing was written.</summary>
    public const int BadInput = 2;
}
