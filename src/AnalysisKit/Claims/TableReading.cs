using System.Text.RegularExpressions;
using AnalysisKit.Recognition;

namespace AnalysisKit.Claims;

/// <summary>
/// Tables and lists pasted as text: pipe tables, tab- or space-aligned columns, rows of figures
/// joined by dashes ("2023 — 12 410 — 3 050"), and "label: figure" / "label – figure" lines, bulleted
/// or not. A block is two or more consecutive lines of one layout that hold figures, under an
/// optional header line that names the columns and a lead (the lines before it: "Cases opened under
/// art. 407, by year:"). Each figure cell becomes a claim whose fields come, most specific first,
/// from the cell's own words, its column header, its row label and the lead; a cell none of them
/// says counts anything the spec tracks ("12 403 views" under "Most read") is no claim. Slash rows
/// ("Q1 — 39 884 / 6 702") are left to the slot reading of <see cref="ClaimExtractor"/>.
/// </summary>
internal sealed partial class TableReading(
    NumberRecognizer numbers, MetricRecognizer metrics, PeriodResolver periods, ForceRecognizer forces)
{
    // How many sentences before a block are read as its lead.
    private const int LeadSentences = 3;

    private enum Layout { Pipe, Tab, Spaced, Dashed, Labelled }

    private sealed record Cell(int Start, int End);

    private sealed record Row(int Index, Layout Layout, int ContentStart, IReadOnlyList<Cell> Cells, IReadOnlyList<NumberMention> Counts, bool Bulleted);

    /// <summary>The claims of every table block, by the sentence (row) they sit in; rows of a block that gave claims are absent from normal reading.</summary>
    public Dictionary<int, List<Candidate>> Read(ArticleReading reading)
    {
        var article = reading.Article;
        var sentences = article.Sentences;
        var byRow = new Dictionary<int, List<Candidate>>();
        var rows = new Row?[sentences.Count];
        for (var i = 0; i < sentences.Count; i++) rows[i] = RowOf(article.Text, sentences[i], i);
        for (var i = 0; i < sentences.Count; i++)
        {
            if (rows[i] is not { } first || first.Counts.Count == 0) continue;
            var j = i;
            while (j + 1 < sentences.Count && rows[j + 1] is { } next && next.Layout == first.Layout && next.Counts.Count > 0
                && (Adjacent(article.Text, sentences[j], sentences[j + 1]) || first.Bulleted && next.Bulleted && Spaced(article.Text, sentences[j], sentences[j + 1])))
                j++;
            if (j > i)
            {
                var header = i > 0 && rows[i - 1] is { Counts.Count: 0 } h && h.Layout == first.Layout && h.Cells.Count >= 2
                    && Adjacent(article.Text, sentences[i - 1], sentences[i]) ? h : null;
                var block = rows[i..(j + 1)].Select(r => r!).ToList();
                var claims = ReadBlock(reading, block, header, (header?.Index ?? i) - 1, rows);
                foreach (var c in claims)
                {
                    if (!byRow.TryGetValue(c.SentenceIndex, out var list)) byRow[c.SentenceIndex] = list = [];
                    list.Add(c);
                }
                if (claims.Count > 0)
                    foreach (var r in block) byRow.TryAdd(r.Index, []);
            }
            i = j;
        }
        return byRow;
    }

    private List<Candidate> ReadBlock(ArticleReading reading, List<Row> block, Row? header, int leadEnd, Row?[] rows)
    {
        var article = reading.Article;
        var published = article.Published;
        var lead = LeadOf(reading, leadEnd, rows);
        var leadText = string.Join(" ", lead.Select(k => article.Sentences[k].Text));
        var leadCues = metrics.Find(leadText, 0, leadText.Length);
        var leadPeriod = PeriodIn(leadText, published, prefix: false)
            ?? (AnyYear().Match(leadText) is { Success: true } y ? PeriodIn(y.Value, published, prefix: false) : null);
        var (source, sourceStated) = SourceOf(reading, lead, block[0].Index);
        var labelPeriods = block.Select(r => PeriodIn(LabelText(article, r), published, prefix: true)).ToList();
        var labelMetrics = block.Where(r => !IsTotal(LabelText(article, r))).Select(r => MetricOf(LabelText(article, r))).OfType<Metric>().Distinct().ToList();
        var found = new List<Candidate>();
        for (var r = 0; r < block.Count; r++)
        {
            var row = block[r];
            var text = article.Sentences[row.Index].Text;
            var label = LabelText(article, row);
            var total = IsTotal(label);
            List<MetricRecognizer.Cue> before = [];
            for (var n = 0; n < row.Counts.Count; n++)
            {
                var m = row.Counts[n];
                var cellIndex = CellOf(row, m);
                var cell = row.Cells[cellIndex];
                // A figure's own words are those after it up to the next figure of its cell, and those
                // before it only when it opens the cell ("12 410 absence cases, 3 050 desertion cases").
                var opensCell = n == 0 || CellOf(row, row.Counts[n - 1]) != cellIndex;
                var to = n + 1 < row.Counts.Count && CellOf(row, row.Counts[n + 1]) == cellIndex ? row.Counts[n + 1].Start : cell.End;
                var own = (opensCell ? text[cell.Start..m.Start] : "") + " " + text[m.End..to];
                var ownCues = metrics.Find(own, 0, own.Length);
                // "5 937 convicted (2022: 1 118)": a bare figure after another in its cell counts what that one counts.
                if (ownCues.Count == 0 && !opensCell) ownCues = before;
                before = ownCues;
                if (m.Low is < 10 || m.High is < 10) continue;
                var column = header is null ? "" : ColumnHeader(article.Sentences[header.Index].Text, header, row, cellIndex);
                if (Furniture().IsMatch(own) || Furniture().IsMatch(column)) continue;
                var columnCues = metrics.Find(column, 0, column.Length);
                var labelCues = cellIndex == 0 ? [] : metrics.Find(label, 0, label.Length);
                if (ownCues.Count + columnCues.Count + labelCues.Count + leadCues.Count == 0) continue;
                var metric = Dominant(ownCues) ?? Dominant(columnCues) ?? Dominant(labelCues) ?? Dominant(leadCues)
                    ?? Named(ownCues) ?? Named(columnCues) ?? Named(labelCues)
                    ?? (total && labelMetrics.Count > 0 ? Combined(labelMetrics) : (Metric?)null)
                    ?? Named(leadCues) ?? Weak(ownCues) ?? Weak(columnCues) ?? Weak(leadCues)
                    ?? Metric.AwolOrDesertion;
                // A participle heading a column ("Convicted", "Returned") names the people it happened to.
                var unit = UnitOf(ownCues) ?? (Participle().IsMatch(column.Trim()) ? CountUnit.Persons : (CountUnit?)null) ?? UnitOf(columnCues) ?? UnitOf(labelCues) ?? UnitOf(leadCues)
                    ?? (metric == Metric.Convictions ? CountUnit.Cases : CountUnit.Persons);

                var period = OwnPeriod(text, cell, row.Counts, m, published) ?? Narrowest(
                    cellIndex == 0 ? null : labelPeriods[r],
                    PeriodIn(column, published, prefix: true));
                // A total under rows of periods covers them all.
                var others = labelPeriods.Where((_, k) => k != r).ToList();
                if (period is null && total && others.Count > 0 && others.All(p => p is not null))
                    period = SpanOf(others.Select(p => p!.Value));
                var stated = period is not null || leadPeriod is not null;
                if (period is not null && !HasYear(period.Value.Text) && (leadPeriod ?? OtherYear(labelPeriods, column, published)) is { } withYear)
                    period = WithYearOf(period.Value, withYear);
                var (start, end) = period is { } p ? (p.From, p.To) : leadPeriod is { } lp ? (lp.From, lp.To) : (null, PeriodPoint.OfMonth(published));

                var quoteStart = row.ContentStart;
                // The row with its label up to the figure; a one-figure row whole, but for a closing pipe.
                var quoteEnd = row.Counts.Count == 1 ? text.AsSpan().TrimEnd("| \t").Length : m.End + WordsAfter().Match(text, m.End, to - m.End).Value.TrimEnd().Length;
                var claim = new Claim
                {
                    Article = article.Id,
                    Quote = text[quoteStart..quoteEnd],
                    QuoteStart = article.Sentences[row.Index].Start + quoteStart,
                    ValueLow = Round(m.Low),
                    ValueHigh = Round(m.High),
                    Qualifier = m.Qualifier,
                    Metric = metric,
                    Unit = unit,
                    Rate = Rate.Total,
                    Force = forces.InSentence(text, m.Start, m.End) ?? LeadForce(reading, lead, row.Index),
                    PeriodStart = start,
                    PeriodEnd = end,
                    Source = source,
                    Sentence = text,
                    Published = published,
                };
                found.Add(new Candidate(claim, row.Index, false, stated, sourceStated) { Figure = m.Text });
            }
        }
        return found;
    }

    // A time phrase of the figure's own cell, read as in a sentence ("(2022: 1 118)" dates the figure
    // after the label, "12 410 in 2023, 3 050 in 2022" each its own), but not one in an aside without
    // a figure ("411 (in 2022 the article was barely used)").
    private Found? OwnPeriod(string text, Cell cell, IReadOnlyList<NumberMention> counts, NumberMention m, DateOnly published)
    {
        var mentions = periods.Find(text, published, cell.Start, cell.End)
            .Where(p => p.Index >= cell.Start && p.EndIndex <= cell.End && !InAside(text, cell, counts, p))
            .ToList();
        if (mentions.Count == 0) return null;
        var when = periods.Read(text, mentions, m.Start, m.Length, published, null);
        return when.Stated && when.Period.End is not null ? new Found(when.Period.Start, when.Period.End, text[cell.Start..cell.End]) : null;
    }

    private static bool InAside(string text, Cell cell, IReadOnlyList<NumberMention> counts, PeriodMention p)
    {
        var open = text.LastIndexOf('(', p.Index, p.Index - cell.Start + 1 > 0 ? p.Index - cell.Start + 1 : 0);
        if (open < cell.Start) return false;
        var close = text.IndexOf(')', p.EndIndex - 1 < open ? open : p.EndIndex - 1);
        if (close < 0 || close > cell.End) close = cell.End;
        return !counts.Any(c => c.Start > open && c.End <= close);
    }

    private readonly record struct Found(PeriodPoint? From, PeriodPoint? To, string Text)
    {
        public int Months => From is { } f && To is { } t ? t.MonthIndex - f.MonthIndex + 1 : int.MaxValue;
    }

    // The period a label or header names ("2023", "Q1", "January", "Jan–Jun 2024"); a bare label is
    // read as "in <label>" so the resolver sees a time phrase.
    private Found? PeriodIn(string text, DateOnly published, bool prefix)
    {
        if (text.Length == 0) return null;
        var trimmed = text.Trim();
        if (BareYear().Match(trimmed) is { Success: true } year)
        {
            var y = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
            return new Found(new PeriodPoint(y, 1), new PeriodPoint(y, 12), trimmed);
        }
        var probe = prefix ? "in " + trimmed : text;
        var mention = periods.Find(probe, published)
            .FirstOrDefault(p => p.Kind is PeriodKind.Span or PeriodKind.OpenEnded or PeriodKind.Until && p.To is not null);
        return mention is null ? null : new Found(mention.From, mention.To, mention.Text);
    }

    private static Found? Narrowest(Found? a, Found? b) =>
        a is null ? b : b is null ? a : a.Value.Months <= b.Value.Months ? a : b;

    private static Found SpanOf(IEnumerable<Found> periods)
    {
        var list = periods.ToList();
        return new Found(list.Select(p => p.From).OfType<PeriodPoint>().MinBy(p => p.MonthIndex), list.Select(p => p.To).OfType<PeriodPoint>().MaxBy(p => p.MonthIndex), string.Join(" ", list.Select(p => p.Text)));
    }

    // A month or quarter named without its year ("January", "Q2") takes the year the lead or another header states.
    private static Found WithYearOf(Found period, Found withYear)
    {
        if (withYear.To is not { } anchor || period.To is not { } to) return period;
        var shift = (anchor.Year - to.Year) * 12;
        return shift == 0 ? period : new Found(period.From?.AddMonths(shift), to.AddMonths(shift), period.Text);
    }

    private Found? OtherYear(List<Found?> labels, string column, DateOnly published) =>
        PeriodIn(column, published, prefix: true) is { } c && HasYear(c.Text) ? c : labels.FirstOrDefault(l => l is { } x && HasYear(x.Text));

    private static bool HasYear(string text) => AnyYear().IsMatch(text);

    private static Metric? Dominant(List<MetricRecognizer.Cue> cues) =>
        cues.FirstOrDefault(c => c.Entry.Role == CueRole.Dominant && c.Entry.Metric is not null)?.Entry.Metric;

    // Both offences named together count awol_or_desertion (spec).
    private static Metric? Named(List<MetricRecognizer.Cue> cues)
    {
        var named = cues.Where(c => c.Entry.Role == CueRole.Specific && c.Entry.Metric is not null).Select(c => c.Entry.Metric!.Value).Distinct().ToList();
        return named.Count == 0 ? null : Combined(named);
    }

    private static Metric Combined(List<Metric> named) =>
        named.Contains(Metric.Awol) && named.Contains(Metric.Desertion) ? Metric.AwolOrDesertion : named[0];

    private static Metric? Weak(List<MetricRecognizer.Cue> cues) =>
        cues.FirstOrDefault(c => c.Entry.Role == CueRole.Weak && c.Entry.Metric is not null)?.Entry.Metric;

    // The counted noun ("desertion cases") before the unit a metric word implies ("deserters").
    private static CountUnit? UnitOf(List<MetricRecognizer.Cue> cues) =>
        (cues.FirstOrDefault(c => c.Entry.Role == CueRole.Unit && c.Entry.Unit is not null) ?? cues.FirstOrDefault(c => c.Entry.Unit is not null))?.Entry.Unit;

    private Metric? MetricOf(string label)
    {
        var cues = metrics.Find(label, 0, label.Length);
        return Named(cues);
    }

    // The lead: the sentences before the block back to the paragraph break before them; a short
    // heading right above ("Most read") is the whole lead.
    private static List<int> LeadOf(ArticleReading reading, int end, Row?[] rows)
    {
        var lead = new List<int>();
        if (end < 0 || rows[end] is { Counts.Count: > 0 }) return lead;
        var sentences = reading.Article.Sentences;
        if (Heading().IsMatch(sentences[end].Text)) return [end];
        // The rows of a table just above belong to that table, not to this one's lead.
        for (var k = end; k >= 0 && lead.Count < LeadSentences && rows[k] is not { Counts.Count: > 0 }; k--)
        {
            lead.Insert(0, k);
            if (k > 0 && reading.ParagraphOf(k) != reading.ParagraphOf(k - 1) && !Adjacent(reading.Article.Text, sentences[k - 1], sentences[k])) break;
        }
        return lead;
    }

    // The lead's own attribution or releaser, latest first; else whoever speaks for the first row.
    // A lead names its source the way a table caption does: "(Ministry of Defence)", "(data of the
    // Judicial Department)", "registered by the Office of the Prosecutor General".
    private (string, bool) SourceOf(ArticleReading reading, List<int> lead, int firstRow)
    {
        for (var k = lead.Count - 1; k >= 0; k--)
        {
            var text = reading.Article.Sentences[lead[k]].Text;
            if (reading.ReleaserIn(lead[k]) is { } releaser) return (releaser, true);
            if (CaptionSource().Match(text) is { Success: true } caption) return (caption.Groups["name"].Value, true);
            var (source, stated) = reading.SourceOf(lead[k], text.Length);
            // "Cases opened under ...": the counted noun opening the lead is no source.
            if (stated && !IsCountedNoun(source)) return (source, true);
        }
        var fallback = reading.SourceOf(firstRow, 0);
        return IsCountedNoun(fallback.Source) ? (reading.Article.Outlet, false) : fallback;
    }

    private bool IsCountedNoun(string source) =>
        metrics.Find(source, 0, source.Length) is [var only] && only.Start == 0 && only.End == source.Length;

    private Force LeadForce(ArticleReading reading, List<int> lead, int row)
    {
        for (var k = lead.Count - 1; k >= 0; k--)
        {
            var text = reading.Article.Sentences[lead[k]].Text;
            if (forces.InSentence(text, text.Length, text.Length) is { } f) return f;
        }
        return reading.ForceOf(row, 0, 0);
    }

    private static string LabelText(Articles.Article article, Row row)
    {
        var c = row.Cells[0];
        return article.Sentences[row.Index].Text[c.Start..c.End];
    }

    private static string ColumnHeader(string headerText, Row header, Row row, int cellIndex)
    {
        // A header without a label column ("| AWOL | Desertion |" over "| 2022 | 1 240 | 310 |") aligns right.
        var k = cellIndex - (row.Cells.Count - header.Cells.Count);
        return k >= 0 && k < header.Cells.Count ? headerText[header.Cells[k].Start..header.Cells[k].End] : "";
    }

    private static int CellOf(Row row, NumberMention m)
    {
        for (var k = 0; k < row.Cells.Count; k++)
            if (m.Start >= row.Cells[k].Start && m.End <= row.Cells[k].End) return k;
        return row.Cells.Count - 1;
    }

    private static bool IsTotal(string label) => TotalLabel().IsMatch(label);

    // Rows sit on consecutive lines.
    // Bullets of a loose list sit one blank line apart.
    private static bool Spaced(string text, Articles.Sentence a, Articles.Sentence b) =>
        b.Start >= a.End && text.AsSpan(a.End, b.Start - a.End).Count('\n') == 2 && text.AsSpan(a.End, b.Start - a.End).Trim().IsEmpty;

    // Rows sit on consecutive lines; a rule line ("| --- | --- |", "-----") may sit between them.
    private static bool Adjacent(string text, Articles.Sentence a, Articles.Sentence b)
    {
        if (b.Start < a.End) return false;
        var gap = text.AsSpan(a.End, b.Start - a.End);
        var breaks = gap.Count('\n');
        return breaks == 1 || breaks == 2 && gap.Trim().IndexOfAnyExcept("|-:+=—–\n\r\t ") < 0 && gap.Trim().Length > 0;
    }

    // A sentence that is a whole line laid out as a table row, with its cells.
    private Row? RowOf(string full, Articles.Sentence sentence, int index)
    {
        var text = sentence.Text;
        if (text.Length > 240 || text.Contains('\n')) return null;
        if (!StartsLine(full, sentence.Start) || !EndsLine(full, sentence.End)) return null;
        var contentStart = Bullet().Match(text) is { Success: true } b ? b.Length : 0;
        var bulleted = contentStart > 0;
        Layout layout;
        List<Cell> cells;
        if (text.AsSpan(contentStart).Count('|') >= 2) (layout, cells) = (Layout.Pipe, Split(text, contentStart, PipeSeparator()));
        else if (text.AsSpan(contentStart).Contains('\t')) (layout, cells) = (Layout.Tab, Split(text, contentStart, TabSeparator()));
        else if (SpacedSeparator().IsMatch(text, contentStart)) (layout, cells) = (Layout.Spaced, Split(text, contentStart, SpacedSeparator()));
        else if (DashSeparator().Count(text[contentStart..]) >= 2) (layout, cells) = (Layout.Dashed, Split(text, contentStart, DashSeparator()));
        else if (LabelSeparator().Match(text, contentStart) is { Success: true } sep && sep.Index > contentStart)
            (layout, cells) = (Layout.Labelled, [new Cell(contentStart, sep.Index), new Cell(sep.Index + sep.Length, text.Length)]);
        else return null;
        if (cells.Count < 2) return null;
        contentStart = cells[0].Start;
        // Most lines are prose or headers with no figure after their label: no number scan for them.
        var counts = text.AsSpan(cells[1].Start).IndexOfAnyInRange('0', '9') < 0 ? [] : numbers.Recognize(text)
            .Where(m => m.Kind == NumberKind.Count && (m.Low is not null || m.High is not null) && m.Start >= cells[1].Start)
            .ToList();
        if (layout == Layout.Labelled)
        {
            // "Q1 — 39 884 / 6 702" is a slash row the slot reading owns; a long prose tail is no cell.
            var value = text[cells[1].Start..];
            if (value.Contains(" / ") || counts.Count == 0 && Digit().IsMatch(value)) return null;
            if (counts.Count > 0 && value.Length - (counts[^1].End - cells[1].Start) > 60) return null;
            if (cells[0].End - cells[0].Start > 110) return null;
        }
        return new Row(index, layout, contentStart, cells, counts, bulleted);
    }

    private static bool StartsLine(string text, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (text[k] == '\n') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    private static bool EndsLine(string text, int at)
    {
        for (var k = at; k < text.Length; k++)
        {
            if (text[k] is '\n' or '\r') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    private static List<Cell> Split(string text, int from, Regex separator)
    {
        var cells = new List<Cell>();
        var at = from;
        foreach (var m in separator.EnumerateMatches(text.AsSpan(from)))
        {
            Add(text, cells, at, from + m.Index);
            at = from + m.Index + m.Length;
        }
        Add(text, cells, at, text.Length);
        return cells;
    }

    private static void Add(string text, List<Cell> cells, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) cells.Add(new Cell(start, end));
    }

    private static long? Round(decimal? value) =>
        value is decimal v ? (long)decimal.Round(v, 0, MidpointRounding.AwayFromZero) : null;

    [GeneratedRegex(@"^\s*(?:[•\-\*–—·▪►]|\d{1,2}[.)])\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\|", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PipeSeparator();

    [GeneratedRegex(@"\t+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TabSeparator();

    [GeneratedRegex(@"(?<=\S) {2,}(?=\S)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpacedSeparator();

    [GeneratedRegex(@"\s+[—–]\s+|\s+-\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashSeparator();

    // The first colon or spaced dash after a label: "Desertion: 388", "2022 – 3 415".
    [GeneratedRegex(@":\s+|\s+[—–-]\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelSeparator();

    [GeneratedRegex(@"\b(?:views?|reads?|comments?|shares?|likes?|replies|subscribers|followers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^\W*(?:total|in\s+total|overall|all\s+offences|altogether|всього|усього|разом|итого|всего)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TotalLabel();

    // A short line with no closing punctuation and no colon: a section heading, not a lead.
    [GeneratedRegex(@"^[^.:!?]{1,40}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?:19|20)\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"(?:\((?:(?:data|figures|source)\s*(?:of|from|:)\s*)?|\b(?:registered|recorded|published|released|compiled|counted|opened)\s+by\s+)(?:the\s+)?(?<name>\p{Lu}[\p{L}'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’\-]*){0,6})\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CaptionSource();

    [GeneratedRegex(@"^\p{L}{3,}ed$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Participle();

    [GeneratedRegex(@"\G[ \p{L}]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WordsAfter();

    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digit();
}
