namespace AnalysisKit.Charts;

/// <summary>
/// Where a plotted point comes from, shown on hover: who said it, the quote, the article and the
/// period the figure covers. All plain (untrusted) text.
/// </summary>
public sealed record Provenance(string Source, string Quote, string Article, string Period);
