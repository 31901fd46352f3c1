using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>What a check of a whole chain found: the first broken link, if any, and why.</summary>
public sealed record AuditChainReport(long Linked, long Unlinked, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// Walks an audit chain from its first entry, recomputing every link: an entry changed, removed or moved
/// breaks the chain at exactly that place.
/// </summary>
public static class AuditChainVerifier
{
    public static async Task<AuditChainReport> VerifyAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        var unlinked = await entries.LongCountAsync(e => e.ChainIndex == null, cancellationToken);
        var expected = 1L;
        var previous = AuditHash.Genesis;
        await foreach (var entry in entries.Where(e => e.ChainIndex != null).OrderBy(e => e.ChainIndex).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Problem(entry, expected, previous) is { } problem) return new AuditChainReport(expected - 1, unlinked, expected, problem);
            previous = entry.Hash!;
            expected++;
        }
        return new AuditChainReport(expected - 1, unlinked, null, null);
    }

    /// <summary>Why <paramref name="entry"/> cannot stand at <paramref name="index"/> after a link hashed <paramref name="previous"/>; null when it can.</summary>
    public static string? Problem(AuditEntry entry, long index, byte[] previous)
    {
        if (entry.ChainIndex != index)
            return $"entry {index} is missing: the chain goes on at entry {entry.ChainIndex}";
        if (entry.PreviousHash is null || !entry.PreviousHash.AsSpan().SequenceEqual(previous))
            return $"entry {index} (id {entry.Id}) does not follow entry {index - 1}: it was moved, or the one before it was changed or removed";
        if (entry.Hash is null || !entry.Hash.AsSpan().SequenceEqual(AuditHash.Of(entry, index, previous)))
            return $"entry {index} (id {entry.Id}) was changed after it was linked";
        return null;
    }
}
