using System.Text.RegularExpressions;

namespace AnalysisKit.Articles;

// A stretch of an article's text, [Start, End).
internal readonly record struct TextRange(int Start, int End);

// Finds the body of a scraped page: the text left once page furniture is taken out — navigation
// links, comment and view counters, bare numbers, bylines and author e-mail lines, share/login
// prompts, repeated photo captions, and related-story blocks ("You May Also Like", "Latest
// Stories", "Popular Now", "Must-Reads", "Related", "Read more", "Recommended", …) with the list
// of short lines under them. Rules look at a line's shape, never at one site's wording of a story.
// A line over 300 characters is always body, and so is a line of more than three words ending in a
// period, unless it is a known boilerplate phrase or a counter.
internal static class PageCleaner
{
    // Furniture lines are short; longer lines are body whatever they start with.
    private const int MaxFurnitureLine = 300;
    private const int MaxHeadlineWords = 20;
    private const int MaxBulletWords = 40;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);
    private const RegexOptions Anycase = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const RegexOptions Exact = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    // Phrases that are furniture wherever they sit, even glued to the last sentence of the body.
    private static readonly Regex Boilerplate = new(
        @"quick access to main page(\s*\((top|bottom)\))?|direct access to main contents?|skip to (the )?(main )?(content|navigation|search)"
        + @"|jump to (main )?(content|navigation)|you must be logged in to post a comment\.?|share it on\s*(\.\.\.|…)?",
        Anycase, Timeout);

    // The heading of a related-story block; "[DEBATE] Latest Stories" has a section tag first.
    private static readonly Regex RelatedHeading = new(
        @"^(\[[^\]\r\n]{1,30}\]\s*)?(you (may|might) also like|latest (stories|news|articles|posts)|popular( now| stories| posts| articles)?"
        + @"|most (popular|read|viewed|shared)|must[- ]reads?|related( (stories|articles|news|posts|content|coverage|topics|reading))?"
        + @"|read (more|also|next)|also read|see also|more (stories|news|articles)( from [\p{L}\p{N} ]{1,30})?"
        + @"|recommended( (for you|stories|articles|reading))?|trending( now| stories)?|top stories|editor['’]?s picks|don['’]t miss)"
        + @"(\s*[:.…]*|\s*:\s*\S.{0,200})$",
        Anycase, Timeout);

    // "300", "Comments0", "Comments 0", "1.2K views", "Views: 300", "(12)".
    private static readonly Regex Counter = new(
        @"^((views?|reads?|shares?|likes?|comments?|replies|responses)\s*:?\s*)?[(\[]?\s*\d[\d.,\s]*[km]?\+?\s*[)\]]?"
        + @"(\s*(views?|reads?|shares?|likes?|comments?|replies|responses))?$"
        + @"|^((no|leave an?|post an?|add an?|show|view|hide|load( more)?)\s+)?(comments?|repl(y|ies)|responses?)(\s*\(\d+\))?$",
        Anycase, Timeout);

    // "Daniel Kim Views": a name with the counter's label but the number stripped.
    private static readonly Regex ViewsByline = new(@"^(\p{Lu}[\p{L}'’.-]*\s+){1,4}[Vv]iews?\s*:?\s*[\d.,]*$", Exact, Timeout);

    // "By Daniel Kim" or "By Daniel Kim, Staff Reporter"; no digits, so "By August 30, …" stays.
    private static readonly Regex ByLine = new(@"^By\s+\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}(\s*[,|]\s*[\p{L} ]{1,40})?$", Exact, Timeout);

    private static readonly Regex Email = new(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", Exact, Timeout);

    private static readonly Regex Social = new(
        @"^(share( (it|this( (article|story|post|page))?))?(( on| via| with)(\s+\S+){0,3}|\s*(:|\.\.\.|…)(\s+\S+){0,3})?|tweet( this)?|print( this( article| page| story)?)?"
        + @"|e-?mail( this( article| story)?)?|copy link|follow us( on)?(\s+\S+){0,3}|subscribe( (now|to|for)(\s+\S+){0,4})?"
        + @"|sign (in|up)( (to|for)(\s+\S+){0,4})?|log ?in|advertisement|sponsored( content)?|menu|search|home|close)\s*[:.…]*$",
        Anycase, Timeout);

    // "Published: 12 March 2025 14:35", "Updated 3 hours ago".
    private static readonly Regex Dateline = new(@"^(published|updated|posted|last updated|first published)\b", Anycase, Timeout);

    private static readonly Regex PhotoCredit = new(@"^[(\[]?(photos?|images?|pictures?|videos?)( credit)?\s*:", Anycase, Timeout);

    private enum Kind { Blank, Body, Furniture, Heading }

    // The body of the page as ranges of its text, in order. Adjacent body lines are one range.
    public static IReadOnlyList<TextRange> Body(string text)
    {
        var lines = Lines(text);
        var kinds = new Kind[lines.Count];
        int previous = -1; // the last non-blank line
        for (int i = 0; i < lines.Count; i++)
        {
            var line = Trimmed(text, lines[i]);
            kinds[i] = Classify(line);
            if (kinds[i] == Kind.Furniture && line.Length <= MaxFurnitureLine && IsEmailLine(line)
                && previous >= 0 && kinds[previous] == Kind.Body && IsNameLike(Trimmed(text, lines[previous])))
                kinds[previous] = Kind.Furniture; // the author's name above the e-mail
            else if (kinds[i] == Kind.Body && previous >= 0 && kinds[previous] == Kind.Body
                && line.SequenceEqual(Trimmed(text, lines[previous])))
                kinds[i] = Kind.Furniture; // a photo caption given twice (alt text and caption)
            if (kinds[i] != Kind.Blank)
                previous = i;
        }
        MarkRelatedBlocks(text, lines, kinds);
        return Ranges(text, lines, kinds);
    }

    private static Kind Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty)
            return Kind.Blank;
        if (line.Length > MaxFurnitureLine)
            return Kind.Body;
        if (RelatedHeading.IsMatch(line))
            return Kind.Heading;
        if (IsAllBoilerplate(line) || Counter.IsMatch(line))
            return Kind.Furniture;
        if (IsProse(line))
            return Kind.Body;
        if (ViewsByline.IsMatch(line) || ByLine.IsMatch(line) || Social.IsMatch(line) || IsEmailLine(line)
            || IsDateline(line) || PhotoCredit.IsMatch(line))
            return Kind.Furniture;
        return Kind.Body;
    }

    private static bool IsAllBoilerplate(ReadOnlySpan<char> line)
    {
        int at = 0;
        bool any = false;
        foreach (var m in Boilerplate.EnumerateMatches(line))
        {
            if (HasWordChar(line[at..m.Index]))
                return false;
            at = m.Index + m.Length;
            any = true;
        }
        return any && !HasWordChar(line[at..]);
    }

    // An address with at most a few words around it and no sentence end: "content@site.com",
    // "Daniel Kim content@site.com", "E-mail: x@y.org" — not "Write to x@y.org if you saw it."
    private static bool IsEmailLine(ReadOnlySpan<char> line)
    {
        foreach (var m in Email.EnumerateMatches(line))
        {
            var rest = string.Concat(line[..m.Index], " ", line[(m.Index + m.Length)..]).AsSpan().Trim();
            return Words(rest) <= 6 && !EndsWithSentenceMark(rest);
        }
        return false;
    }

    private static bool IsDateline(ReadOnlySpan<char> line) =>
        line.Length <= 80 && Dateline.IsMatch(line) && (line.IndexOfAnyInRange('0', '9') >= 0 || Words(line) <= 5);

    // "Share prices fell." or "Published figures show 300 cases." start like furniture but are
    // sentences: more than three words and a closing period.
    private static bool IsProse(ReadOnlySpan<char> line) => EndsWithPeriod(line) && Words(line) > 3;

    // "Daniel Kim": two to four capitalised words, nothing else.
    private static bool IsNameLike(ReadOnlySpan<char> line)
    {
        int words = 0;
        bool atWordStart = true;
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                atWordStart = true;
                continue;
            }
            if (atWordStart)
            {
                if (!char.IsUpper(c))
                    return false;
                words++;
                atWordStart = false;
            }
            else if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’'))
                return false;
        }
        return words is >= 2 and <= 4;
    }

    // A heading marks everything below it as furniture while lines look like a list of stories:
    // bullets, numbers, category labels, headlines (short, no closing period). Prose ends the block.
    private static void MarkRelatedBlocks(string text, List<TextRange> lines, Kind[] kinds)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != Kind.Heading)
                continue;
            kinds[i] = Kind.Furniture;
            int j = i + 1;
            for (; j < lines.Count && kinds[j] != Kind.Heading && IsListItem(Trimmed(text, lines[j]), kinds[j]); j++)
                if (kinds[j] == Kind.Body)
                    kinds[j] = Kind.Furniture;
            i = j - 1;
        }
    }

    private static bool IsListItem(ReadOnlySpan<char> line, Kind kind)
    {
        if (kind != Kind.Body)
            return true;
        if (line.Length > MaxFurnitureLine)
            return false;
        int words = Words(line);
        if (IsBulleted(line))
            return words <= MaxBulletWords;
        if (line.IndexOfAnyInRange('a', 'z') < 0 && words <= 5)
            return true; // a category label: "LIFESTYLE"
        return words <= MaxHeadlineWords && !EndsWithPeriod(line);
    }

    private static bool IsBulleted(ReadOnlySpan<char> line)
    {
        if (line[0] is '•' or '·' or '▪' or '►' or '▸' or '◦' or '‣' or '∙' or '*' or '–' or '—' or '-')
            return true;
        int d = 0;
        while (d < line.Length && d < 3 && char.IsAsciiDigit(line[d]))
            d++;
        return d > 0 && d < line.Length && line[d] is '.' or ')' && d + 1 < line.Length && char.IsWhiteSpace(line[d + 1]);
    }

    private static List<TextRange> Ranges(string text, List<TextRange> lines, Kind[] kinds)
    {
        var ranges = new List<TextRange>();
        for (int i = 0; i < lines.Count; i++)
        {
            if (kinds[i] != Kind.Body)
                continue;
            int at = lines[i].Start;
            foreach (var m in Boilerplate.EnumerateMatches(text.AsSpan(lines[i].Start, lines[i].End - lines[i].Start)))
            {
                Add(text, ranges, at, lines[i].Start + m.Index);
                at = lines[i].Start + m.Index + m.Length;
            }
            Add(text, ranges, at, lines[i].End);
        }
        return ranges;
    }

    // Appends a piece of body, joining it to the previous one when only a single line break lies
    // between them, so the splitter can tell a hard-wrapped sentence from a new paragraph.
    private static void Add(string text, List<TextRange> ranges, int start, int end)
    {
        if (!HasWordChar(text.AsSpan(start, end - start)))
            return;
        if (ranges.Count > 0)
        {
            var last = ranges[^1];
            var gap = text.AsSpan(last.End, start - last.End);
            if (gap is "\n" or "\r\n" or "\r")
            {
                ranges[^1] = last with { End = end };
                return;
            }
        }
        ranges.Add(new TextRange(start, end));
    }

    private static List<TextRange> Lines(string text)
    {
        var lines = new List<TextRange>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\r')
            {
                lines.Add(new TextRange(start, i));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                start = i + 1;
            }
        }
        lines.Add(new TextRange(start, text.Length));
        return lines;
    }

    private static ReadOnlySpan<char> Trimmed(string text, TextRange line)
    {
        int s = line.Start, e = line.End;
        while (s < e && SentenceSplitter.IsBlankChar(text[s]))
            s++;
        while (e > s && SentenceSplitter.IsBlankChar(text[e - 1]))
            e--;
        return text.AsSpan(s, e - s);
    }

    private static int Words(ReadOnlySpan<char> s)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            bool blank = char.IsWhiteSpace(c);
            if (!blank && !inWord)
                words++;
            inWord = !blank;
        }
        return words;
    }

    private static bool HasWordChar(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (char.IsLetterOrDigit(c))
                return true;
        return false;
    }

    private static char LastMark(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd("”\"’')]» \t\u00A0");
        return s.IsEmpty ? '\0' : s[^1];
    }

    private static bool EndsWithPeriod(ReadOnlySpan<char> s) => LastMark(s) == '.';

    private static bool EndsWithSentenceMark(ReadOnlySpan<char> s) => LastMark(s) is '.' or '!' or '?';
}
