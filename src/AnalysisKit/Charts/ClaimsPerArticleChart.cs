using System.Globalization;
using AnalysisKit.Articles;
using AnalysisKit.Claims;

namespace AnalysisKit.Charts;

/// <summary>
/// How many claims the kit read from each article, beside the hand-labelled count when there is
/// a gold table: one row per article, named by outlet and publication date (the file name is a
/// hash), the title and file on hover.
/// </summary>
public static class ClaimsPerArticleChart
{
    private const double LabelFontSize = 14;

    /// <summary>The chart of <paramref name="claims"/> (and <paramref name="gold"/>, when not empty) over <paramref name="articles"/>.</summary>
    public static Figure Create(IReadOnlyList<Article> articles, IEnumerable<Claim> claims, IEnumerable<Claim>? gold = null)
    {
        const string title = "Claims per article";
        if (articles.Count == 0)
            return ChartFrame.Empty(title, "No articles in this folder.");

        var read = Counts(claims);
        var labelled = Counts(gold ?? []);
        var all = articles;
        articles = Drawn(articles, read, labelled);
        var labels = Labels(articles);
        var traces = new List<Trace> { Bars(articles, labels, read, "read by the kit", HouseStyle.Palette[0]) };
        // No gold, no gold series: an empty legend entry would suggest the gold found nothing.
        if (labelled.Count > 0) traces.Add(Bars(articles, labels, labelled, "hand-labelled", HouseStyle.Palette[1]));

        var max = traces.SelectMany(t => t.X).Max(v => (int)v!);
        var note = ChartBudget.Note(articles.Count, all.Count, "articles", labelled.Count > 0 ? "those furthest from their gold count, then with the most claims" : "those with the most claims");
        return new Figure
        {
            Data = traces,
            Layout = new Layout
            {
                BarMode = "group",
                XAxis = new Axis { Title = new Title { Text = "Claims" }, Range = [0, Math.Max(max, 1) * 1.08], DTick = IntegerStep(max), Tick0 = 0, TickFormat = ",d" },
                YAxis = new Axis { Type = "category", DTick = 1, AutoRange = "reversed" },
                Legend = new Legend { Orientation = "h", X = 0, Y = 1.0, XAnchor = "left", YAnchor = "bottom" },
                Margin = ChartFrame.Margin with { Left = Math.Ceiling(ChartText.Widest(labels.Values, LabelFontSize) + 24), Top = 125 + ReviewMarks.Room(note), Bottom = 110 },
                ShowLegend = true,
            },
        }
            .WithTitle(title, (labelled.Count > 0 ? "Read by the kit beside the hand-labelled (gold) claims; hover a bar for the article's title and file." : "Hover a bar for the article's title and file.")
                + note)
            .WithSourceNote("Articles named by outlet (by title when the manifest gives no outlet) and publication date.")
            .WithHouseStyle();
    }

    /// <summary>The most articles the chart draws: a row each of 30 px, as many as fit the tallest page with the note.</summary>
    internal const int MostArticles = 30;

    /// <summary>Every article when they fit; else those furthest from their gold count, then with the most claims, in folder order.</summary>
    private static IReadOnlyList<Article> Drawn(IReadOnlyList<Article> articles, Dictionary<string, int> read, Dictionary<string, int> labelled)
    {
        if (articles.Count <= MostArticles) return articles;
        var kept = articles
            .OrderByDescending(a => Math.Abs(read.GetValueOrDefault(a.Id) - labelled.GetValueOrDefault(a.Id)))
            .ThenByDescending(a => read.GetValueOrDefault(a.Id))
            .Take(MostArticles).ToHashSet(ReferenceEqualityComparer.Instance);
        return articles.Where(kept.Contains).ToList();
    }

    /// <summary>
    /// A tick step that is a whole number of claims (1, 2, 5, 10, 20, …) giving at most about eight
    /// ticks: plotly's own step for small counts is 0.5, and whole-number labels would repeat.
    /// </summary>
    internal static double IntegerStep(int max)
    {
        for (var magnitude = 1; ; magnitude *= 10)
            foreach (var step in new[] { 1, 2, 5 })
                if (max / (step * magnitude) <= 8) return step * magnitude;
    }

    private static Dictionary<string, int> Counts(IEnumerable<Claim> claims) =>
        claims.GroupBy(c => c.Article, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Outlet and date, the title instead when the outlet is unknown; distinct per article.</summary>
    private static Dictionary<string, string> Labels(IReadOnlyList<Article> articles)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var known = !string.IsNullOrWhiteSpace(article.Outlet) && !article.Outlet.StartsWith("unknown", StringComparison.OrdinalIgnoreCase);
            var name = known || string.IsNullOrWhiteSpace(article.Title) ? article.Outlet : article.Title;
            var label = $"{ChartText.Lines(name, 40)}\n{article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            // Two articles of one outlet and day: categories must be distinct, the file name tells them apart.
            if (!used.Add(label)) used.Add(label = $"{label} ({article.Id})");
            labels[article.Id] = label;
        }
        return labels;
    }

    private static Trace Bars(IReadOnlyList<Article> articles, Dictionary<string, string> labels, Dictionary<string, int> counts, string name, string color) => new()
    {
        Type = "bar", Orientation = "h", Name = name,
        X = articles.Select(a => (object?)counts.GetValueOrDefault(a.Id)).ToArray(),
        Y = articles.Select(a => (object?)labels[a.Id]).ToArray(),
        Marker = new Marker { Color = color },
        ShowLegend = true,
        CustomData = articles.Select(a => (IReadOnlyList<string>)[a.Title, a.Outlet, a.Id, a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]).ToArray(),
        HoverTemplate = $"<b>%{{customdata[0]}}</b><br>%{{customdata[1]}}, %{{customdata[3]}}<br>file %{{customdata[2]}}.txt<br>%{{x}} {name}<extra></extra>",
    };
}
