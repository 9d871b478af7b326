namespace AnalysisKit.Recognition;

/// <summary>People, or criminal cases / proceedings (spec column <c>unit</c>).</summary>
public enum CountUnit { Persons, Cases }
