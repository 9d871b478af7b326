namespace AnalysisKit.Tables;

/// <summary>How a stated total compares with the total monthly figures imply over its months.</summary>
public enum ConsistencyVerdict
{
    /// <summary>The ranges overlap.</summary>
    Within,

    /// <summary>The stated total is below everything the monthly figures imply.</summary>
    StatedBelow,

    /// <summary>The stated total is above everything the monthly figures imply.</summary>
    StatedAbove,
}
