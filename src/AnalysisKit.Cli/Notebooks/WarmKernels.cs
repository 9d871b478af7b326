namespace AnalysisKit.Cli.Notebooks;

/// <summary>
/// Kernels made and warmed (a first compile) ahead of the notebooks that use them: the first
/// starts with the run, in parallel with reading the notebooks and starting the browser, and each
/// one taken starts the next while its notebook runs, so no notebook waits for the compiler's
/// start-up (seconds on a cold process). Kernels never taken are disposed with the pool.
/// </summary>
/// <remarks>
/// Making a kernel does not read the current directory (cells resolve <c>#r</c> paths when they
/// run), so kernels can be made while another notebook runs in its own folder.
/// </remarks>
internal sealed class WarmKernels : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private int _left;
    private Task<NotebookKernel>? _next;
    private bool _disposed;

    /// <param name="count">How many kernels the run will take.</param>
    public WarmKernels(int count)
    {
        _left = count;
        _next = StartNext();
    }

    /// <summary>The next warm kernel (waiting for it to be ready); the caller disposes it.</summary>
    public async Task<NotebookKernel> TakeAsync(CancellationToken cancellationToken)
    {
        Task<NotebookKernel> taken;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            taken = _next ?? Make(_stop.Token);
            _next = null;
        }
        NotebookKernel kernel;
        try
        {
            kernel = await taken.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            DisposeWhenMade(taken);
            throw;
        }
        // Only now: two kernels warming at once would both be late on two cores.
        lock (_gate)
            if (!_disposed)
                _next = StartNext();
        return kernel;
    }

    public void Dispose()
    {
        Task<NotebookKernel>? unused;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            unused = _next;
            _next = null;
        }
        _stop.Cancel();
        if (unused is not null)
            DisposeWhenMade(unused);
    }

    // Not waited for: a bad-input exit should not wait seconds for a kernel nobody will use.
    private static void DisposeWhenMade(Task<NotebookKernel> kernel) =>
        kernel.ContinueWith(t => t.Result.Dispose(), CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private Task<NotebookKernel>? StartNext() => _left-- > 0 ? Make(_stop.Token) : null;

    private static Task<NotebookKernel> Make(CancellationToken cancellationToken) =>
        Task.Run(() => NotebookKernel.StartWarmAsync(cancellationToken), cancellationToken);
}
