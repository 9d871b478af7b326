using AnalysisKit.Recognition;

namespace AnalysisKit.Tables;

/// <summary>
/// A share a sentence puts on a figure (<c>less than 10% of the estimated total deserters</c>):
/// the phrase, the fraction, how it is hedged and what it is a share of.
/// </summary>
internal sealed record StatedShare(string Phrase, decimal Fraction, Qualifier Hedge, string Of);
