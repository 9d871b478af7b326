using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AnalysisKit.Charts;

/// <summary>
/// One headless Chromium process driven over the DevTools protocol (a WebSocket on loopback):
/// open a page, evaluate script, read the result. No .NET browser package is needed, so the
/// library a notebook loads stays small. Every wait has a timeout; disposing kills the process
/// and deletes its temporary profile, and so do SIGINT, SIGTERM, SIGHUP and the process' exit
/// while the browser runs, so no browser or profile outlives an interrupted run.
/// </summary>
internal sealed partial class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly string _browserPath;
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private ClientWebSocket? _socket;
    private Task? _reader;
    private string? _session;
    private string? _target;
    private int _nextId;
    private readonly PosixSignalRegistration[] _signals;
    // A signal's handler runs on its own thread, possibly while DisposeAsync is under way: the
    // two take turns, and the Process object is not used once disposed.
    private readonly Lock _stopping = new();
    private bool _processDisposed;

    private HeadlessChromium(Process process, string profile, string browserPath)
    {
        _process = process;
        _profile = profile;
        _browserPath = browserPath;
        // The default action of these signals ends the process without disposing anything; the
        // browser is a separate process tree and would keep running, its profile left in temp.
        _signals = OperatingSystem.IsWindows() ? [] :
            [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
                .Select(signal => PosixSignalRegistration.Create(signal, _ => KillNow()))];
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    private void OnProcessExit(object? sender, EventArgs e) => KillNow();

    // Synchronous and safe to repeat: a signal may arrive while DisposeAsync is under way.
    private void KillNow()
    {
        lock (_stopping)
        {
            if (!_processDisposed) ProcessTree.KillAndWait(_process, TimeSpan.FromSeconds(2));
            DeleteProfile();
        }
    }

    /// <summary>The Chromium flags this environment needs: no sandbox or GPU, no network but loopback.</summary>
    internal static IReadOnlyList<string> Flags(string profile) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
        "--disable-extensions", "--mute-audio", "--hide-scrollbars",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
        $"--user-data-dir={profile}",
    ];

    /// <summary>Starts the browser and connects to it.</summary>
    public static async Task<HeadlessChromium> StartAsync(string browserPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var profile = Directory.CreateTempSubdirectory("analysiskit-chromium-").FullName;
        var info = new ProcessStartInfo(browserPath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (var flag in Flags(profile))
        {
            info.ArgumentList.Add(flag);
        }

        info.ArgumentList.Add("--remote-debugging-port=0");
        info.ArgumentList.Add("about:blank");

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new AnalysisKitException("Chromium did not start", browserPath);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            Directory.Delete(profile, recursive: true);
            throw new AnalysisKitException($"Chromium could not be started: {e.Message}", browserPath, inner: e);
        }

        var browser = new HeadlessChromium(process, profile, browserPath);
        try
        {
            await browser.ConnectAsync(timeout, cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private async Task ConnectAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.ErrorDataReceived += (sender, e) =>
        {
            if (e.Data is null)
            {
                endpoint.TrySetException(Failure("Chromium exited before it opened the DevTools port"));
                return;
            }

            _stderr.Enqueue(e.Data);
            while (_stderr.Count > 20)
            {
                _stderr.TryDequeue(out _);
            }

            if (DevToolsLine().Match(e.Data) is { Success: true } m)
            {
                endpoint.TrySetResult(m.Groups[1].Value);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();

        using var limit = Limit(timeout, cancellationToken);
        string url;
        try
        {
            url = await endpoint.Task.WaitAsync(limit.Token);
            _socket = new ClientWebSocket();
            await _socket.ConnectAsync(new Uri(url), limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure($"Chromium did not start within {timeout.TotalSeconds:0} s");
        }

        _reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>Writes <paramref name="html"/> into the temporary profile folder and opens it (see <see cref="OpenAsync"/>).</summary>
    public Task OpenHtmlAsync(string html, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var page = Path.Combine(_profile, $"page-{Guid.NewGuid():N}.html");
        File.WriteAllText(page, html);
        return OpenAsync(new Uri(page).AbsoluteUri, timeout, cancellationToken);
    }

    /// <summary>Opens <paramref name="url"/> in a new tab, waits until it has loaded, and makes it the tab that <see cref="EvaluateAsync"/> talks to.</summary>
    public async Task OpenAsync(string url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_target is not null)
        {
            await SendAsync("Target.closeTarget", new { targetId = _target }, null, timeout, cancellationToken);
        }

        var target = await SendAsync("Target.createTarget", new { url = "about:blank" }, null, timeout, cancellationToken);
        _target = target.GetProperty("targetId").GetString();
        var attached = await SendAsync("Target.attachToTarget", new { targetId = _target, flatten = true }, null, timeout, cancellationToken);
        _session = attached.GetProperty("sessionId").GetString();
        await SendAsync("Page.navigate", new { url }, _session, timeout, cancellationToken);

        // Navigation commits asynchronously; poll until the new document has finished loading.
        var deadline = Stopwatch.StartNew();
        var expected = JsonSerializer.Serialize(url);
        while (true)
        {
            var ready = await EvaluateAsync($"document.readyState === 'complete' && location.href === {expected}", timeout, cancellationToken);
            if (ready.ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (deadline.Elapsed > timeout)
            {
                throw Failure($"Chromium did not load the page within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>Evaluates a script in the open tab, awaiting a returned promise; returns its JSON value.</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true }, _session, timeout, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var error))
        {
            var text = error.TryGetProperty("exception", out var ex) && ex.TryGetProperty("description", out var d)
                ? d.GetString()
                : error.GetProperty("text").GetString();
            // The first line names the error; the stack trace points into minified plotly.js.
            throw new AnalysisKitException($"script failed in Chromium: {text?.Split('\n')[0]}", _browserPath);
        }

        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v : default;
    }

    private async Task<JsonElement> SendAsync(string method, object parameters, string? session, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("not connected");
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters, sessionId = session }, SkipNulls);
        using var limit = Limit(timeout, cancellationToken);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, limit.Token);
            return await reply.Task.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure($"Chromium did not answer {method} within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket!.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The browser went away; the pending calls below learn it.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(Failure("Chromium closed the DevTools connection"));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("id", out var idElement) || !_pending.TryGetValue(idElement.GetInt32(), out var reply))
        {
            return; // an event; nothing here waits for events
        }

        if (root.TryGetProperty("error", out var error))
        {
            reply.TrySetException(new AnalysisKitException($"Chromium refused a DevTools call: {error.GetProperty("message").GetString()}", _browserPath));
        }
        else
        {
            reply.TrySetResult(root.GetProperty("result").Clone());
        }
    }

    private AnalysisKitException Failure(string message)
    {
        var log = string.Join(" | ", _stderr.Where(l => l.Length > 0).TakeLast(3));
        return new AnalysisKitException(log.Length == 0 ? message : $"{message} (Chromium said: {log})", _browserPath);
    }

    private static CancellationTokenSource Limit(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        return limit;
    }

    public async ValueTask DisposeAsync()
    {
        // Killed rather than asked to close: its profile is thrown away, so there is nothing to
        // save, and a graceful shutdown costs a run's exit a few hundred milliseconds.
        lock (_stopping) ProcessTree.KillAndWait(_process, TimeSpan.FromSeconds(3));
        await _process.WaitForExitAsync(CancellationToken.None);

        _socket?.Dispose();
        if (_reader is not null)
        {
            await _reader;
        }

        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        lock (_stopping)
        {
            _process.Dispose();
            _processDisposed = true;
            DeleteProfile();
        }
    }

    // Files may still be held for a moment after the processes are gone (Windows).
    private void DeleteProfile()
    {
        for (var attempt = 0; attempt < 10 && Directory.Exists(_profile); attempt++)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static readonly JsonSerializerOptions SkipNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    [GeneratedRegex(@"DevTools listening on (ws://\S+)", RegexOptions.None, matchTimeoutMilliseconds: 10000)]
    private static partial Regex DevToolsLine();
}
