namespace AnalysisKit.Claims;

/// <summary>For the matched pairs: the share (0..1) that agree on each field; null with no pairs.</summary>
public sealed record FieldAgreement(
    double? Qualifier, double? Metric, double? Unit, double? Rate, double? Force, double? Period, double? Source);
