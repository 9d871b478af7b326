using System.Reflection;
using Deedle;

namespace AnalysisKit.Interactive;

/// <summary>
/// Registers <see cref="FrameHtml"/> for every Deedle frame in each .NET Interactive kernel
/// loaded in this process (Polyglot/Jupyter kernels, the kit's runner). A frame is a type the kit
/// does not own, so the <see cref="TypeFormatterSourceAttribute"/> convention cannot reach it; the
/// kernel's <c>Formatter</c> is found among the loaded assemblies and called by reflection so the
/// library needs no kernel package. Registering again is a no-op.
/// </summary>
internal static class KernelFormatters
{
    private const string FormattingAssembly = "Microsoft.DotNet.Interactive.Formatting";
    private const string Html = "text/html";
    private const string PlainText = "text/plain";

    private static readonly Action<object, TextWriter> WriteHtml = (frame, writer) => writer.Write(Call(nameof(HtmlOf), frame));
    private static readonly Action<object, TextWriter> WriteSummary = (frame, writer) => writer.Write(Call(nameof(SummaryOf), frame));

    /// <summary>Registers the frame formatters with every loaded kernel formatter; returns how many kernels' formatters now have them.</summary>
    public static int RegisterFrameFormatters()
    {
        var registries = AppDomain.CurrentDomain.GetAssemblies()
            .Where(assembly => assembly.GetName().Name == FormattingAssembly)
            .Select(assembly => assembly.GetType(FormattingAssembly + ".Formatter"))
            .OfType<Type>()
            .ToArray();
        foreach (var formatter in registries.Where(formatter => !HasFrameHtml(formatter))) Register(formatter);
        return registries.Length;
    }

    private static void Register(Type formatter)
    {
        var register = formatter.GetMethod("Register", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(Action<object, TextWriter>), typeof(string)])
            ?? throw new MissingMethodException(formatter.FullName, "Register(Type, Action<object, TextWriter>, string)");
        register.Invoke(null, [typeof(Frame<,>), WriteHtml, Html]);
        register.Invoke(null, [typeof(Frame<,>), WriteSummary, PlainText]);
        // Jupyter front ends get both: the table, and a one-line summary for plain-text readers.
        formatter.GetMethod("SetPreferredMimeTypesFor", BindingFlags.Public | BindingFlags.Static, [typeof(Type), typeof(string[])])
            ?.Invoke(null, [typeof(Frame<,>), new[] { Html, PlainText }]);
    }

    // A frame HTML formatter already there (ours from an earlier call, or the user's own) stays.
    private static bool HasFrameHtml(Type formatter)
    {
        var registered = formatter.GetMethod("RegisteredFormatters", BindingFlags.Public | BindingFlags.Static, [typeof(bool)]);
        if (registered?.Invoke(null, [false]) is not System.Collections.IEnumerable formatters) return false;
        foreach (var typeFormatter in formatters)
        {
            if (Property(typeFormatter, "Type") is Type handled && handled == typeof(Frame<,>) && Property(typeFormatter, "MimeType") as string == Html)
                return true;
        }
        return false;
    }

    private static object? Property(object instance, string name) =>
        instance.GetType().GetInterfaces().Append(instance.GetType())
            .Select(type => type.GetProperty(name))
            .FirstOrDefault(property => property is not null)?.GetValue(instance);

    // The kernel hands over an object; the formatter is generic in the frame's row and column keys.
    private static string Call(string method, object frame)
    {
        var frameType = frame.GetType();
        while (frameType is not null && !(frameType.IsGenericType && frameType.GetGenericTypeDefinition() == typeof(Frame<,>))) frameType = frameType.BaseType;
        if (frameType is null) return frame.ToString() ?? "";
        var open = typeof(KernelFormatters).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!;
        return (string)open.MakeGenericMethod(frameType.GetGenericArguments()).Invoke(null, [frame])!;
    }

    private static string HtmlOf<TRow, TColumn>(Frame<TRow, TColumn> frame) => FrameHtml.ToHtml(frame);

    private static string SummaryOf<TRow, TColumn>(Frame<TRow, TColumn> frame) => FrameHtml.Summary(frame);
}
