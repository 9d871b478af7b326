namespace AnalysisKit.Interactive;

/// <summary>A formatter from a function: <c>new Formatter&lt;Figure&gt;("text/html", f =&gt; …)</c>.</summary>
public sealed class Formatter<T> : IMimeFormatter
{
    private readonly Func<T, string> _format;

    public Formatter(string mimeType, Func<T, string> format)
    {
        MimeType = mimeType;
        _format = format;
    }

    public string MimeType { get; }

    public Type Type => typeof(T);

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not T value)
        {
            return false;
        }

        writer.Write(_format(value));
        return true;
    }
}
