using AnalysisKit.Cli.Commands;

namespace AnalysisKit.Cli.Tests.Commands;

public class GuardTests
{
    [Fact]
    public void A_kit_error_becomes_one_line_naming_file_and_line_with_exit_code_2()
    {
        var error = new StringWriter();
        var code = Guard.Run(() => throw new AnalysisKitException("not a number", "gold.csv", 7), error);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("error: gold.csv:7: not a number", error.ToString().TrimEnd());
    }
}
