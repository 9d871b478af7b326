using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Papermill's parameters for C#: the cell tagged <c>parameters</c> declares names and defaults;
/// values given on the command line go in a new cell tagged <c>injected-parameters</c> right
/// after it, each typed like its declaration (string, int, double or bool).
/// </summary>
internal static class NotebookParameters
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>Splits a <c>name=value</c> argument.</summary>
    /// <exception cref="AnalysisKitException">No <c>=</c> or no name.</exception>
    public static KeyValuePair<string, string> ParseArgument(string argument)
    {
        var equals = argument.IndexOf('=');
        if (equals <= 0)
            throw new AnalysisKitException($"-p {argument}: expected name=value");
        return new(argument[..equals].Trim(), argument[(equals + 1)..]);
    }

    /// <summary>The variables the notebook's parameters cell declares, in order; empty without such a cell.</summary>
    public static IReadOnlyList<ParameterDeclaration> Declared(Notebook notebook)
    {
        var cell = notebook.Cells.FirstOrDefault(c => c.IsCode && c.Tags.Contains(ParametersTag));
        if (cell is null)
            return [];
        var root = CSharpSyntaxTree.ParseText(cell.Source, new CSharpParseOptions(kind: SourceCodeKind.Script))
            .GetCompilationUnitRoot();
        // Top-level variables of a script parse as fields; inside statements as locals.
        var declarations = root.Members.Select(member => member switch
        {
            FieldDeclarationSyntax field => field.Declaration,
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration,
            _ => null,
        }).OfType<VariableDeclarationSyntax>();
        return declarations
            .SelectMany(d => d.Variables.Select(v => new ParameterDeclaration(
                v.Identifier.ValueText, TypeOf(d.Type, v.Initializer?.Value), $"{d.Type} {v}".Trim())))
            .ToList();
    }

    /// <summary>
    /// The notebook with <paramref name="values"/> injected after its parameters cell (an earlier
    /// injected cell is dropped, as papermill does) and recorded in <c>metadata.analysiskit.parameters</c>.
    /// </summary>
    /// <exception cref="AnalysisKitException">A name the parameters cell does not declare, or a value that is not of its type.</exception>
    public static Notebook Inject(Notebook notebook, IReadOnlyList<KeyValuePair<string, string>> values, string path)
    {
        var declared = Declared(notebook).GroupBy(d => d.Name).ToDictionary(g => g.Key, g => g.Last());
        var lines = new List<string> { "// Parameters injected by analysiskit run" };
        var recorded = new JsonObject();
        foreach (var (name, text) in values)
        {
            if (!declared.TryGetValue(name, out var declaration))
                throw new AnalysisKitException(declared.Count == 0
                    ? $"-p {name}: the notebook has no cell tagged '{ParametersTag}'"
                    : $"-p {name}: unknown parameter; the parameters cell declares {string.Join(", ", declared.Keys)}", path);
            var (literal, value) = Typed(declaration, text, path);
            lines.Add($"{Keyword(declaration.Type!.Value)} {name} = {literal};");
            recorded[name] = value;
        }

        var cells = notebook.Cells.Where(c => !c.Tags.Contains(InjectedTag)).ToList();
        if (values.Count > 0)
        {
            var at = cells.FindIndex(c => c.IsCode && c.Tags.Contains(ParametersTag));
            cells.Insert(at + 1, new NotebookCell
            {
                CellType = NotebookCell.Code,
                // nbformat 4.5 wants an id; CellIds.MakeValid renames it should a user cell already use it.
                Id = InjectedTag,
                Source = string.Join('\n', lines),
                Metadata = JsonMap.Empty
                    .SetItem("tags", NotebookSerializer.ToElement(new[] { InjectedTag }))
                    .SetItem("polyglot_notebook", NotebookSerializer.ToElement(new { kernelName = CellLanguage.CSharp })),
            });
        }
        return notebook with
        {
            Cells = cells,
            Metadata = RunMetadata.Merge(notebook.Metadata, new JsonObject { ["parameters"] = recorded }),
        };
    }

    private static ParameterType? TypeOf(TypeSyntax type, ExpressionSyntax? initializer)
    {
        if (!type.IsVar)
            return type is PredefinedTypeSyntax predefined ? predefined.Keyword.Kind() switch
            {
                SyntaxKind.StringKeyword => ParameterType.String,
                SyntaxKind.IntKeyword => ParameterType.Int,
                SyntaxKind.DoubleKeyword => ParameterType.Double,
                SyntaxKind.BoolKeyword => ParameterType.Bool,
                _ => null,
            } : null;
        if (initializer is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } negative)
            initializer = negative.Operand;
        return initializer switch
        {
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } => ParameterType.String,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.TrueLiteralExpression or (int)SyntaxKind.FalseLiteralExpression } => ParameterType.Bool,
            LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } number => number.Token.Value switch
            {
                int => ParameterType.Int,
                double => ParameterType.Double,
                _ => null,
            },
            _ => null,
        };
    }

    private static (string Literal, JsonNode Value) Typed(ParameterDeclaration declaration, string text, string path)
    {
        AnalysisKitException NotA(string what) => new(
            $"-p {declaration.Name}={text}: not {what} (the parameters cell declares '{declaration.Declared}')", path);
        switch (declaration.Type)
        {
            case ParameterType.String:
                return (SymbolDisplay.FormatLiteral(text, quote: true), JsonValue.Create(text));
            case ParameterType.Int:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i))
                    throw NotA("an int");
                return (i.ToString(CultureInfo.InvariantCulture), JsonValue.Create(i));
            case ParameterType.Double:
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
                    throw NotA("a finite number");
                return (d.ToString("R", CultureInfo.InvariantCulture) + "d", JsonValue.Create(d));
            case ParameterType.Bool:
                if (!bool.TryParse(text, out var b))
                    throw NotA("true or false");
                return (b ? "true" : "false", JsonValue.Create(b));
            default:
                throw new AnalysisKitException(
                    $"-p {declaration.Name}: '{declaration.Declared}' is not a string, int, double or bool literal, so the value cannot be typed", path);
        }
    }

    private static string Keyword(ParameterType type) => type switch
    {
        ParameterType.String => "string",
        ParameterType.Int => "int",
        ParameterType.Double => "double",
        _ => "bool",
    };
}
