namespace AnalysisKit.Articles;

/// <summary>A sentence of an article, with its place in the article's original text.</summary>
public sealed record Sentence(int Start, int Length, string Text)
{
    public int End => Start + Length;
}
