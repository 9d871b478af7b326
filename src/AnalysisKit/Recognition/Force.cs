namespace AnalysisKit.Recognition;

/// <summary>Whose soldiers a figure is about (spec column <c>force</c>).</summary>
public enum Force { UA, RU }
