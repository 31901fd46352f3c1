using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Outbox;

/// <summary>
/// Takes, renews and gives back a <see cref="RelayLease"/> with one conditional write each, so that of two
/// instances asking at once exactly one holds it: the database decides, not the instances' memories.
/// </summary>
public static class RelayLeases
{
    /// <summary>An id for this process's relay: host, process and a random part (a restarted process is a new holder).</summary>
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Holds <paramref name="name"/> for <paramref name="holder"/> until <paramref name="until"/> if it is free, expired or already theirs.</summary>
    public static async Task<bool> TryHoldAsync(ServiceDbContext db, string name, string holder, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var updated = await db.RelayLeases
            .Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Epoch, l => l.Holder == holder ? l.Epoch : l.Epoch + 1)
                .SetProperty(l => l.Holder, holder)
                .SetProperty(l => l.ExpiresAt, until), cancellationToken);
        if (updated == 1) return true;
        if (await db.RelayLeases.AnyAsync(l => l.Name == name, cancellationToken)) return false;

        db.RelayLeases.Add(new RelayLease { Name = name, Holder = holder, ExpiresAt = until, Epoch = 1 });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            return false; // another instance wrote the first lease a moment before
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Gives the lease back (a clean stop), so another instance need not wait for it to expire.</summary>
    public static Task ReleaseAsync(ServiceDbContext db, string name, string holder, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RelayLeases
            .Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), cancellationToken);
}
