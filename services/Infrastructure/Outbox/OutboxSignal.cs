namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>Wakes the relay as soon as a transaction with outgoing messages commits.</summary>
public sealed class OutboxSignal
{
    readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        if (_pending.CurrentCount == 0)
        {
            try { _pending.Release(); }
            catch (SemaphoreFullException) { /* already signalled by a concurrent commit */ }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
