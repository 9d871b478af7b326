using AnalysisKit.Claims;

namespace AnalysisKit.Tables;

/// <summary>
/// The claims table: one row per claim, in exactly the spec's columns and order
/// (<c>article,quote,value_low,value_high,qualifier,metric,unit,rate,force,period_start,period_end,source</c>).
/// </summary>
public sealed record ClaimTable(IReadOnlyList<Claim> Claims) : ITable
{
    internal static readonly TableLayout<Claim> Layout = new(
        "Claims",
        [
            new("article", c => Cell.Text(c.Article)),
            new("quote", c => Cell.Text(c.Quote)),
            new("value_low", c => Cell.Integer(c.ValueLow)),
            new("value_high", c => Cell.Integer(c.ValueHigh)),
            new("qualifier", c => Cell.Enum(c.Qualifier)),
            new("metric", c => Cell.Enum(c.Metric)),
            new("unit", c => Cell.Enum(c.Unit)),
            new("rate", c => Cell.Enum(c.Rate)),
            new("force", c => Cell.Enum(c.Force)),
            new("period_start", c => Cell.Period(c.PeriodStart)),
            new("period_end", c => Cell.Period(c.PeriodEnd)),
            new("source", c => Cell.Text(c.Source)),
        ],
        // The quote is a column already; hovering shows the sentence around it when known.
        c => c.Sentence ?? c.Quote);

    /// <summary>The spec's column names, in order.</summary>
    public static IReadOnlyList<string> ColumnNames { get; } = Layout.Columns.Select(column => column.Name).ToArray();

    public int Count => Claims.Count;

    public string ToCsv() => Layout.ToCsv(Claims);

    public string ToHtml() => Layout.ToHtml(Claims);

    public string ToText() => Layout.ToText(Claims);

    public void WriteCsv(string path) => Layout.WriteCsv(Claims, path);

    /// <summary>The text grid, so a notebook without the kit's formatters still shows a table.</summary>
    public override string ToString() => ToText();
}
