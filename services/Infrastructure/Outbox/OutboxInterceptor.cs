using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NomadPlatform.Contracts;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// Moves the events aggregates recorded into outbox rows of the same SaveChanges (one transaction), and
/// wakes the relay once they are committed — by SaveChanges, or by the caller's own transaction. Counts
/// each changed aggregate's <see cref="AggregateRoot.Version"/> up on the way.
/// </summary>
public sealed class OutboxInterceptor(OutboxSignal signal, TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) WriteOutbox(context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) WriteOutbox(context);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfOutboxWritten(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfOutboxWritten(eventData.Context);

    void WriteOutbox(DbContext context)
    {
        // A changed aggregate's version goes up (its update then names the version it read), and so does
        // one whose events are saved though only its parts changed: two changes from one state never both land.
        var entries = DetectedEntries.Of<AggregateRoot>(context);
        foreach (var entry in entries)
            if (entry.State == EntityState.Modified || entry.State == EntityState.Unchanged && entry.Entity.PendingEvents.Count > 0)
            {
                entry.Entity.Advance();
                entry.DetectChanges(); // modified now, as the interceptors after this one read it
            }

        var aggregates = entries.Select(e => e.Entity).Where(a => a.PendingEvents.Count > 0).ToList();
        var now = time.GetUtcNow();
        foreach (var aggregate in aggregates)
        {
            foreach (var @event in aggregate.PendingEvents)
            {
                context.Add(new OutboxMessage
                {
                    MessageId = Guid.CreateVersion7(now),
                    MessageType = MessageSerializer.TypeName(@event.GetType()),
                    Body = MessageSerializer.Serialize(@event),
                    CaseId = (@event as ICaseEvent)?.CaseId,
                    TraceParent = Activity.Current?.Id,
                    EnqueuedAt = now,
                });
            }
            aggregate.ClearPendingEvents();
        }
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    /// <summary>Inside the caller's own transaction the rows are not visible yet: its commit wakes the relay.</summary>
    void NotifyIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null) NotifyIfOutboxWritten(context);
    }

    void NotifyIfOutboxWritten(DbContext? context)
    {
        if (context is not null && DetectedEntries.Of<OutboxMessage>(context).Any(e => e.Entity.DeliveredAt is null))
            signal.Notify();
    }
}
