namespace AnalysisKit.Claims;

/// <summary>One cell of a field's confusion table: how many matched pairs have this gold value and this predicted value.</summary>
public sealed record ConfusionCell(string Gold, string Predicted, int Count);
