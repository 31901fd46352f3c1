using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Inbox;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Every write to the agency's own records appends an audit entry in the same transaction: which record
/// was added, changed (the names of the changed fields) or removed, for which case and whose IIN, by
/// whom. The plumbing (outbox, inbox, the audit log itself) is not audited.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor http, IHostEnvironment host, TimeProvider time, PersonTelemetry people, IConfiguration configuration)
    : SaveChangesInterceptor
{
    readonly bool _enabled = AuditSwitch.IsOn(configuration);
    readonly CaseTraceLinks _traceLinks = new();

    // A seal of the chain is part of the log itself: recording it would move the head it has just sealed.
    static readonly HashSet<Type> Plumbing = [typeof(OutboxMessage), typeof(InboxState), typeof(AuditEntry), typeof(AuditSeal), typeof(RelayLease)];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await RecordAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) RecordAsync(db, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Committed(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } db) _traceLinks.Forget(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    void Committed(DbContext? db)
    {
        // Inside a caller's own transaction the entries are not committed yet: they are linked to, not remembered.
        if (db is null) return;
        if (db.Database.CurrentTransaction is null) _traceLinks.Committed(db);
        else _traceLinks.Forget(db);
    }

    async ValueTask RecordAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!_enabled) return;
        await RecordWritesAsync(db, cancellationToken);
        // Reads and writes alike: the span that records a case's step links to the case's previous step.
        var appended = DetectedEntries.Of<AuditEntry>(db).Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (appended.Count == 0) return;
        if (appended.Select(e => e.SubjectIin).FirstOrDefault(iin => iin is not null) is { } subject) people.Tag(Activity.Current, subject);
        await _traceLinks.LinkAsync(db, appended, cancellationToken);
    }

    async ValueTask RecordWritesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var written = DetectedEntries.Of(db)
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !Plumbing.Contains(e.Metadata.ClrType))
            // A record whose version alone went up: only its parts changed, and they are recorded themselves.
            .Where(e => e.State != EntityState.Modified || e.Properties.Any(p => p.IsModified && !IsVersion(p)))
            .ToList();
        if (written.Count == 0) return;
        var actor = await AuditActor.OfAsync(http.HttpContext, host.ApplicationName, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var entry in written)
        {
            // A part stored with its record (a medical examination on the arrival record) is the record's case and person.
            var owner = OwnerOf(entry);
            db.Add(AuditEntry.Of(now, actor.Actor, actor.Role, $"write:{Verb(entry.State)}",
                CaseOf(entry) ?? (owner is null ? null : CaseOf(owner)), IinOf(entry) ?? (owner is null ? null : IinOf(owner)), What(entry)));
        }
    }

    static string Verb(EntityState state) => state switch
    {
        EntityState.Added => "added",
        EntityState.Deleted => "removed",
        _ => "changed",
    };

    static bool IsVersion(PropertyEntry property) => property.Metadata.Name == nameof(AggregateRoot.Version) && property.EntityEntry.Entity is AggregateRoot;

    /// <summary>The record's kind and, when changed, the names of the fields that changed: never their values.</summary>
    static string What(EntityEntry entry)
    {
        var kind = entry.Metadata.ClrType.Name;
        if (entry.State != EntityState.Modified) return kind;
        var fields = entry.Properties.Where(p => p.IsModified && !IsVersion(p)).Select(p => p.Metadata.Name);
        var what = $"{kind}: {string.Join(", ", fields)}";
        return what.Length <= 512 ? what : what[..509] + "...";
    }

    /// <summary>The tracked record an owned part belongs to, found by the key the part shares with it.</summary>
    static EntityEntry? OwnerOf(EntityEntry entry)
    {
        if (entry.Metadata.FindOwnership() is not { } ownership) return null;
        var key = ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        return DetectedEntries.Of(entry.Context).FirstOrDefault(candidate => candidate.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => candidate.Property(p.Name).CurrentValue).SequenceEqual(key));
    }

    static Guid? CaseOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("CaseId") is { } property && entry.Property(property.Name).CurrentValue is Guid caseId && caseId != Guid.Empty ? caseId : null;

    static string? IinOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("Iin") is { } property && entry.Property(property.Name).CurrentValue is string { Length: 12 } iin ? iin : null;
}
