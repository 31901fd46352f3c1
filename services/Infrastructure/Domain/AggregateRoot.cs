namespace NomadPlatform.Infrastructure.Domain;

/// <summary>
/// An aggregate records the events of its state changes; saving it writes them to the outbox in the
/// same transaction, so a state change and its messages commit or fail together.
/// </summary>
public abstract class AggregateRoot
{
    readonly List<object> _pendingEvents = [];

    public IReadOnlyList<object> PendingEvents => _pendingEvents;

    protected void Record(object @event) => _pendingEvents.Add(@event);

    internal void ClearPendingEvents() => _pendingEvents.Clear();
}
