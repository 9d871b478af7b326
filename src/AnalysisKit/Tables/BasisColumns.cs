namespace AnalysisKit.Tables;

/// <summary>The columns that name a cumulative basis, shared by the cumulative tables.</summary>
internal static class BasisColumns
{
    public static IEnumerable<TableColumn<TRow>> For<TRow>(Func<TRow, CumulativeBasis> basis) =>
    [
        new("force", r => Cell.Enum(basis(r).Force)),
        new("span", r => Cell.Enum(basis(r).Span)),
        new("year", r => Cell.Code(basis(r).Year)),
        new("unit", r => Cell.Enum(basis(r).Unit)),
        new("metric", r => Cell.Enum(basis(r).Metric)),
    ];
}
