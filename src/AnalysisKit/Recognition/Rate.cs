namespace AnalysisKit.Recognition;

/// <summary>A count over a period, or a monthly rate (spec column <c>rate</c>).</summary>
public enum Rate { Total, PerMonth }
