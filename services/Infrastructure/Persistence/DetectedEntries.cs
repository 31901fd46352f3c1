using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>
/// The tracked entries as the change tracker last detected them, for the interceptors of a save.
/// <see cref="ServiceDbContext"/> detects a save's changes once before its interceptors run; each
/// <c>ChangeTracker.Entries()</c> would scan every tracked entity again (six or seven scans per save
/// with the outbox, audit and stage interceptors). Another context's entries are detected as usual.
/// </summary>
public static class DetectedEntries
{
    public static List<EntityEntry> Of(DbContext db) => Read(db, static tracker => tracker.Entries().ToList());

    public static List<EntityEntry<T>> Of<T>(DbContext db) where T : class => Read(db, static tracker => tracker.Entries<T>().ToList());

    static TResult Read<TResult>(DbContext db, Func<ChangeTracker, TResult> read)
    {
        var tracker = db.ChangeTracker;
        if (db is not ServiceDbContext || !tracker.AutoDetectChangesEnabled) return read(tracker);
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return read(tracker);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = true;
        }
    }
}
