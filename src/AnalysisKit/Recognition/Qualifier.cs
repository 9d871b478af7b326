namespace AnalysisKit.Recognition;

/// <summary>How a figure is hedged (spec column <c>qualifier</c>).</summary>
public enum Qualifier { Exact, Approx, Over, Under, Range }
