namespace AnalysisKit.Tables;

/// <summary>A column of a typed table: its spec name (snake case) and how a row fills it.</summary>
internal sealed record TableColumn<TRow>(string Name, Func<TRow, Cell> Value);
