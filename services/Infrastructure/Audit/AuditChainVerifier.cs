using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>What a check of a whole chain and its seals found: the first broken link, if any, and why.</summary>
public sealed record AuditChainReport(long Linked, long Unlinked, long? BrokenAt, string? Problem)
{
    public bool Intact => BrokenAt is null;

    /// <summary>How many seals held (up to the break, if any).</summary>
    public int Seals { get; init; }

    /// <summary>The last sealed entry and when it was sealed: entries after it rest on the chain alone.</summary>
    public long SealedUpTo { get; init; }

    public DateTimeOffset? LastSealedAt { get; init; }
}

/// <summary>
/// Walks an audit chain from its first entry, recomputing every link and comparing the seals: an entry
/// changed, removed or moved breaks the chain at exactly that place; a chain rewritten whole, or cut
/// short at its end, no longer matches the seal over it.
/// </summary>
public static class AuditChainVerifier
{
    public static Task<AuditChainReport> VerifyAsync(ServiceDbContext db, CancellationToken cancellationToken) =>
        VerifyAsync(db, [], cancellationToken);

    /// <param name="authorities">The national CA's certificates the seals must lead to; none to check each seal against the certificate it carries alone.</param>
    public static async Task<AuditChainReport> VerifyAsync(ServiceDbContext db, IReadOnlyCollection<X509Certificate2> authorities, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        var unlinked = await entries.LongCountAsync(e => e.ChainIndex == null, cancellationToken);
        var seals = await db.Set<AuditSeal>().AsNoTracking().OrderBy(s => s.ChainIndex).ToListAsync(cancellationToken);
        var sealsAt = seals.ToDictionary(s => s.ChainIndex);
        AuditSeal? lastHeld = null;
        var held = 0;
        AuditChainReport Report(long linked, long? brokenAt, string? problem) => new(linked, unlinked, brokenAt, problem)
        {
            Seals = held, SealedUpTo = lastHeld?.ChainIndex ?? 0, LastSealedAt = lastHeld?.SealedAt,
        };

        var expected = 1L;
        var previous = AuditHash.Genesis;
        await foreach (var entry in entries.Where(e => e.ChainIndex != null).OrderBy(e => e.ChainIndex).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Problem(entry, expected, previous) is { } problem) return Report(expected - 1, expected, problem);
            if (sealsAt.TryGetValue(expected, out var seal))
            {
                if (SealProblem(seal, entry, authorities) is { } sealProblem) return Report(expected - 1, expected, sealProblem);
                (lastHeld, held) = (seal, held + 1);
            }
            previous = entry.Hash!;
            expected++;
        }
        var linked = expected - 1;
        // A seal beyond the chain's end: entries it covered are gone from the end (or their links were undone).
        if (seals.LastOrDefault() is { } beyond && beyond.ChainIndex > linked)
            return Report(linked, linked + 1,
                $"entries {linked + 1} to {beyond.ChainIndex} are missing: the seal of {beyond.SealedAt:O} covers the chain up to entry {beyond.ChainIndex}, and it ends at entry {linked}");
        return Report(linked, null, null);
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

    static string? SealProblem(AuditSeal seal, AuditEntry entry, IReadOnlyCollection<X509Certificate2> authorities)
    {
        if (AuditSealCheck.Problem(seal, authorities) is { } problem)
            return $"the seal of {seal.SealedAt:O} over entry {seal.ChainIndex} cannot be trusted: {problem}";
        if (!seal.HeadHash.AsSpan().SequenceEqual(entry.Hash))
            return $"entry {seal.ChainIndex} (id {entry.Id}) is not the entry sealed at {seal.SealedAt:O}: the chain up to it was rewritten";
        return null;
    }
}
