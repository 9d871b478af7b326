namespace AnalysisKit.Recognition;

/// <summary>What a figure counts, in the article's own terms (spec column <c>metric</c>).</summary>
public enum Metric
{
    Desertion, Awol, AwolOrDesertion, AmnestyReturns, Convictions,
    Deaths, Defections, Personnel, Mobilization, Other,
}
