using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>An agency's audit log as a hash chain: entries appended freely, linked in order of arrival.</summary>
public sealed class AuditChain(ServiceDbContext db)
{
    /// <summary>
    /// Links up to <paramref name="batch"/> entries not yet in the chain, oldest first, after its head, in
    /// one transaction. Returns how many. Two linkers racing collide on the unique chain index, or on an
    /// entry the other has linked meanwhile: the loser's transaction fails whole, and the next round
    /// links what is still unlinked.
    /// </summary>
    public async Task<int> LinkAsync(int batch, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>();
        var pending = await entries.Where(e => e.ChainIndex == null).OrderBy(e => e.Id).Take(batch).ToListAsync(cancellationToken);
        if (pending.Count == 0) return 0;
        var head = await HeadAsync(cancellationToken);
        var (index, previous) = head is { } linked ? linked : (0L, AuditHash.Genesis);
        foreach (var entry in pending)
        {
            entry.Link(++index, previous);
            previous = entry.Hash!;
        }
        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
    }

    /// <summary>
    /// Seals the chain's linked head with <paramref name="sign"/> (the organisation's seal) unless the
    /// last seal already covers it. Null when there was nothing new to seal. Two sealers racing collide
    /// on the unique chain index; the loser's save fails and the head stays sealed once.
    /// </summary>
    public async Task<AuditSeal?> SealHeadAsync(string bin, string certificateSerial, Func<byte[], byte[]> sign, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (await HeadAsync(cancellationToken) is not { } head) return null;
        var sealedUpTo = await db.Set<AuditSeal>().MaxAsync(s => (long?)s.ChainIndex, cancellationToken) ?? 0;
        if (sealedUpTo >= head.Index) return null;
        var seal = AuditSeal.Of(head.Index, head.Hash, now, bin, certificateSerial, sign);
        db.Set<AuditSeal>().Add(seal);
        await db.SaveChangesAsync(cancellationToken);
        return seal;
    }

    /// <summary>The last linked entry's place and hash; null while nothing is linked.</summary>
    async Task<(long Index, byte[] Hash)?> HeadAsync(CancellationToken cancellationToken)
    {
        var head = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.ChainIndex != null).OrderByDescending(e => e.ChainIndex)
            .Select(e => new { Index = e.ChainIndex!.Value, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : (head.Index, head.Hash!);
    }
}
