using AnalysisKit.Articles;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// Turns an article into claims: every count figure whose words say it counts soldiers or cases
/// against them, with its metric, unit, rate, force, period and source, one claim per figure
/// however often the article repeats it. Construct once and reuse: the constructor compiles the
/// recognizers; <see cref="Extract(Article)"/> is pure and thread-safe.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>One extractor for every caller in a process: it holds no state that changes, so sharing it is safe.</summary>
    public static ClaimExtractor Default => Shared.Value;

    private static readonly Lazy<ClaimExtractor> Shared = new(() => new ClaimExtractor());

    private readonly NumberRecognizer numbers = new();
    private readonly MetricRecognizer metrics = new();
    private readonly PeriodResolver periods = new();
    private readonly ForceRecognizer forces = new();
    private readonly AttributionRecognizer attributions = new();

    /// <summary>The claims of one article, in the order the article states them.</summary>
    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var reading = new ArticleReading(article, forces, attributions);
        var found = new List<Candidate>();
        for (var i = 0; i < article.Sentences.Count; i++)
            ReadSentence(reading, i, found);
        return ClaimMerger.Merge(found);
    }

    /// <summary>The claims of several articles, article by article.</summary>
    public IReadOnlyList<Claim> Extract(IEnumerable<Article> articles) => articles.SelectMany(Extract).ToList();

    private void ReadSentence(ArticleReading reading, int index, List<Candidate> found)
    {
        var article = reading.Article;
        var sentence = article.Sentences[index];
        var text = sentence.Text;
        var mentions = numbers.Recognize(text);
        var counts = mentions.Where(m => m.Kind == NumberKind.Count && (m.Low is not null || m.High is not null)).ToList();
        var firstOfSentence = found.Count;
        var cues = counts.Count > 0 ? metrics.Find(text, 0, text.Length) : [];
        for (var k = 0; k < counts.Count; k++)
        {
            var m = counts[k];
            var windowStart = k > 0 ? counts[k - 1].End : 0;
            var windowEnd = k + 1 < counts.Count ? counts[k + 1].Start : text.Length;
            var what = metrics.Read(text, m.Start, m.End, windowStart, windowEnd, cues);
            if (what is null) continue;

            var metric = what.Metric;
            var unit = what.Unit;
            // The figure before, for a figure that leans on it: "Last May saw a record 18,000 cases"
            // after "14,000-18,000 cases of unauthorized abandonment"; "96,000 of which"; "Of these,
            // about 20,000"; "That compares with 89,000".
            var previous = found.Count > 0 && found[^1].SentenceIndex >= index - 2 ? found[^1].Claim : null;
            // "255,000 SZCh proceedings ..., plus about 56,000 for desertion", "5,517 such cases in 2023
            // and 1,215 in 2022": a figure with no noun of its own counts what the figure before it in
            // the sentence counted.
            if (!what.UnitStated && found.Count > firstOfSentence) unit = found[^1].Claim.Unit;
            if (what.BackReference)
            {
                // "The pace has slowed to 3,000 a month", "it was about 21,000": the measure just stated.
                if (previous is null) continue;
                metric ??= previous.Metric;
                if (!what.UnitStated) unit = previous.Unit;
            }
            else if (what.Anaphoric || what.Comparative)
            {
                if (previous is null) { if (metric is null) continue; }
                else
                {
                    metric ??= previous.Metric;
                    // A part counts what its whole counts; a comparison compares like with like.
                    unit = previous.Unit;
                }
            }
            else if (metric is null && previous is not null && previous.Unit == unit)
                metric = previous.Metric;
            // Criminal cases against soldiers that name no offence (spec).
            metric ??= Metric.AwolOrDesertion;

            var context = index > 0 && found.Count == firstOfSentence && (firstOfSentence == 0 || found[^1].SentenceIndex < index - 1)
                ? ContextPhrases(reading, index)
                : null;
            var when = periods.Read(text, reading.TimePhrasesOf(index, periods), m.Start, m.Length, article.Published, context);
            var period = when.Period;
            // A part has its whole's period; "over the same period" is the last stated period, "a year
            // earlier" that a year back.
            var referent = LastStatedPeriod(found, index - 3);
            if (when.RelativeShift is int shift && referent is not null)
                period = period with { Start = referent.PeriodStart?.AddMonths(shift), End = referent.PeriodEnd?.AddMonths(shift) };
            else if (what.Anaphoric && !when.Stated && previous is not null)
                period = period with { Start = previous.PeriodStart, End = previous.PeriodEnd };
            var periodSpan = when.Span;
            var (source, sourceStated) = reading.SourceOf(index, m.Start);

            var quoteStart = what.SpanStart;
            var quoteEnd = what.SpanEnd;
            if (periodSpan is var (ps, pe) && (ps >= quoteEnd ? ps - quoteEnd : quoteStart - pe) <= 40)
            {
                quoteStart = Math.Min(quoteStart, ps);
                quoteEnd = Math.Max(quoteEnd, pe);
            }

            var claim = new Claim
            {
                Article = article.Id,
                Quote = text[quoteStart..quoteEnd],
                QuoteStart = sentence.Start + quoteStart,
                ValueLow = Round(m.Low),
                ValueHigh = Round(m.High),
                Qualifier = QualifierOf(text, m),
                Metric = metric.Value,
                Unit = unit,
                Rate = period.Rate,
                Force = reading.ForceOf(index, m.Start, m.End),
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                Source = source,
                Sentence = text,
                Published = article.Published,
            };
            found.Add(new Candidate(claim, index, reading.IsHeadline(index), when.Stated, sourceStated) { PeriodRelative = when.RelativeShift is not null });
        }
    }

    // Looks back only over the figures of the last few sentences, so a huge article stays linear.
    private static Claim? LastStatedPeriod(List<Candidate> found, int fromSentence)
    {
        for (var i = found.Count - 1; i >= 0 && found[i].SentenceIndex >= fromSentence; i--)
            if (found[i].PeriodStated && !found[i].PeriodRelative) return found[i].Claim;
        return null;
    }

    // The previous sentence's closing date carries over ("Until Aug. 30, a program was in effect.
    // Over 21,000 people took advantage of it."); any other period only when this sentence points
    // back to that one ("it", "this program", "them").
    private IReadOnlyList<PeriodMention>? ContextPhrases(ArticleReading reading, int index)
    {
        var before = reading.TimePhrasesOf(index - 1, periods);
        if (before.Count == 0) return null;
        if (before.Any(m => m.Kind == PeriodKind.Until)) return before;
        return PointsBack.AnyIn(reading.Article.Sentences[index].Text) ? before : null;
    }

    // "active personnel are estimated at only 350,000": an estimate is approximate.
    private static Qualifier QualifierOf(string text, NumberMention m)
    {
        if (m.Qualifier != Qualifier.Exact) return m.Qualifier;
        var from = Math.Max(0, m.Start - 30);
        return EstimateCue.IsEstimate(text.AsSpan(from, m.Start - from)) ? Qualifier.Approx : Qualifier.Exact;
    }

    private static long? Round(decimal? value) =>
        value is decimal v ? (long)decimal.Round(v, 0, MidpointRounding.AwayFromZero) : null;

    // Whole words: the gate reads them exactly.
    private static readonly StartGate PointsBack = new([@"\b(?:it|this|that|these|those|them|such|the\s+program(?:me)?|the\s+scheme)\b"], ignoreCase: true);
}
