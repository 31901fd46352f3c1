using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain.Fingerprints;

namespace NomadPlatform.Arrival.Infrastructure;

/// <summary>
/// This instance's copy of the fingerprint gallery. Before each search it reads the registrations stored
/// since it last looked (its own and any twin's), so a search sees everything committed before it
/// began, as a search in the database would; searches take turns, and the matcher's work is the caller's.
/// </summary>
public sealed class ResidentFingerprintGallery(TimeProvider time, ILogger<ResidentFingerprintGallery> logger)
{
    readonly SemaphoreSlim turn = new(1, 1);
    readonly FingerprintGallery gallery = new();
    readonly CommittedSequence taken = new(time);

    public async Task<IReadOnlySet<(Guid CaseId, FingerPosition Position)>> CandidatesAsync(
        ArrivalDbContext db, IEnumerable<int> probeKeys, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(db, cancellationToken);
            return gallery.Candidates(probeKeys);
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Loads the gallery at start, so that the first search does not wait for the whole register.</summary>
    public async Task LoadAsync(ArrivalDbContext db, CancellationToken cancellationToken)
    {
        await CandidatesAsync(db, [], cancellationToken);
        logger.LogInformation("Fingerprint gallery loaded: {Registrations} registrations", gallery.Registrations);
    }

    async Task CatchUpAsync(ArrivalDbContext db, CancellationToken cancellationToken)
    {
        var after = taken.Contiguous;
        var skip = taken.TakenAbove.ToList();
        var rows = db.FingerprintRegistrations.AsNoTracking()
            .Where(r => r.Sequence > after && !skip.Contains(r.Sequence))
            .OrderBy(r => r.Sequence)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            if (taken.Take(row.Sequence)) gallery.Add(row.CaseId, row.IndexKeys());
        taken.Advance();
    }
}
