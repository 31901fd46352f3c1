using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// Counts a case's moves between stages once they are committed: the stage columns are written with the
/// record, the counters only after the commit (at the end of an explicit transaction, if one is open), so
/// a save that fails or rolls back counts nothing.
/// </summary>
public sealed class CaseStageInterceptor(PlatformMetrics metrics, TimeProvider time) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    readonly ConditionalWeakTable<DbContext, List<StageMove>> _uncommitted = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) Stamp(db);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) Stamp(db);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Count(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Count(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void Stamp(DbContext db)
    {
        // Outside a transaction of the caller's, moves left by an earlier save that never reached its end
        // are not this save's (contexts are pooled: the next scope may get the same one).
        if (db.Database.CurrentTransaction is null) _uncommitted.Remove(db);
        var now = time.GetUtcNow();
        foreach (var entry in DetectedEntries.Of<IStagedCase>(db))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            var stage = entry.Entity.Stage;
            var saved = entry.Property<string?>(CaseStageColumns.Stage);
            // The values as read from the database, so a save tried again after a failure counts the move once.
            if (entry.State == EntityState.Modified && saved.OriginalValue == stage.Name) continue;
            var enteredAt = entry.Property<DateTimeOffset?>(CaseStageColumns.EnteredAt);
            var from = entry.State == EntityState.Added ? null : saved.OriginalValue;
            _uncommitted.GetOrCreateValue(db).Add(new StageMove(from, from is null ? null : now - enteredAt.OriginalValue, stage.Name));
            saved.CurrentValue = stage.Name;
            entry.Property<bool>(CaseStageColumns.Open).CurrentValue = stage.Open;
            enteredAt.CurrentValue = now;
        }
    }

    void Saved(DbContext? db)
    {
        if (db is not null && db.Database.CurrentTransaction is null) Count(db);
    }

    void Count(DbContext? db)
    {
        if (db is null || !_uncommitted.TryGetValue(db, out var moves)) return;
        _uncommitted.Remove(db);
        foreach (var move in moves) metrics.Moved(move);
    }

    void Forget(DbContext? db)
    {
        if (db is not null) _uncommitted.Remove(db);
    }
}
