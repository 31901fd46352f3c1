namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// An aggregate records the events of its state changes; saving it writes them to the outbox in the
/// same transaction, so a state change and its messages commit or fail together. Its
/// <see cref="Version"/> goes up with every saved change and is checked on save: of two changes made
/// at once from the same state (two requests, two instances of the service, a sweep and a request), one
/// is saved and the other fails whole, its events with it.
/// </summary>
public abstract class AggregateRoot
{
    readonly List<object> _pendingEvents = [];

    public IReadOnlyList<object> PendingEvents => _pendingEvents;

    /// <summary>How many changes of it have been saved since it was first saved; a concurrency token.</summary>
    public long Version { get; private set; }

    protected void Record(object @event) => _pendingEvents.Add(@event);

    internal void ClearPendingEvents() => _pendingEvents.Clear();

    internal void Advance() => Version++;
}
