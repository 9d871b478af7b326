namespace AnalysisKit.Interactive;

/// <summary>A formatter from a function: <c>new Formatter&lt;Figure&gt;("text/html", f =&gt; …)</c>.</summary>
public sealed class Formatter<T> : IMimeFormatter
{
    private readonly Func<T, string> _format;
    private readonly Func<T, bool>? _applies;

    public Formatter(string mimeType, Func<T, string> format)
    {
        MimeType = mimeType;
        _format = format;
    }

    /// <summary>A formatter that declines the values <paramref name="applies"/> rejects (the notebook shows its other formats).</summary>
    public Formatter(string mimeType, Func<T, string> format, Func<T, bool> applies)
        : this(mimeType, format)
    {
        _applies = applies;
    }

    public string MimeType { get; }

    public Type Type => typeof(T);

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not T value || _applies?.Invoke(value) == false)
        {
            return false;
        }

        writer.Write(_format(value));
        return true;
    }
}
