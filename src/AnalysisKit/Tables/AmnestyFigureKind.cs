namespace AnalysisKit.Tables;

/// <summary>Whether an amnesty figure is stated or implied by a stated share.</summary>
public enum AmnestyFigureKind
{
    /// <summary>A count of returns as the article states it.</summary>
    Stated,

    /// <summary>A total implied by a share (<c>12,000 … less than 10% of the deserters</c> ⇒ over 120,000 deserters).</summary>
    Implied,
}
