using System.Text;

namespace AnalysisKit.Recognition;

/// <summary>
/// The spec spells enum values in snake case (<c>awol_or_desertion</c>, <c>per_month</c>);
/// all-capital names (<c>UA</c>) stay as they are.
/// </summary>
public static class SpecNames
{
    /// <summary>The spec's spelling of an enum value.</summary>
    public static string ToSpec<T>(this T value) where T : struct, Enum
    {
        var name = value.ToString();
        if (name.All(char.IsUpper)) return name;
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    /// <summary>Reads the spec's spelling back; null when it names no value.</summary>
    public static T? Parse<T>(string text) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(value.ToSpec(), text.Trim(), StringComparison.OrdinalIgnoreCase))
                return value;
        return null;
    }
}
