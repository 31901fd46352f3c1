using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Arrival.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Arrival.Features.RegisterFingerprints;

/// <summary>
/// Stores the ten-print and checks it against every other IIN's prints of the same fingers. Templates
/// are biometric data: logs carry their SHA-256 only.
/// </summary>
public sealed class RegisterFingerprintsHandler(
    ArrivalDbContext db, ResidentFingerprintGallery gallery, TimeProvider time, ILogger<RegisterFingerprintsHandler> logger)
{
    public async Task<ArrivalRecord> HandleAsync(Guid caseId, TenPrint prints, string officerIin, CancellationToken cancellationToken)
    {
        var arrival = await db.FindArrivalAsync(caseId, cancellationToken)
            ?? throw CaseNotFound.For("arrival window", caseId);
        arrival.EnsureFingerprintsMayBeRegistered();

        var (proposed, templates) = await CandidatesAsync(prints, cancellationToken);
        var duplicates = DuplicateFingerprintCheck.Find(arrival.Iin, prints, templates, (candidate, position) => proposed.Contains((candidate, position)));

        arrival.RegisterFingerprints(prints, duplicates, officerIin, time.GetUtcNow());
        // One row of keys, in the ten-print's own commit: what the galleries read, and all they read.
        db.FingerprintRegistrations.Add(FingerprintRegistration.Of(caseId, prints.Captured));
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Fingerprints registered for case {CaseId}: {Printed} printed, {Missing} declared missing, templates {TemplateHashes}",
            caseId, prints.Captured.Count, prints.Missing.Count, string.Join(",", arrival.Fingerprints.Select(f => $"{f.Position}:{f.Sha256}")));
        foreach (var duplicate in duplicates)
            logger.LogWarning("Fingerprints of case {CaseId} match case {MatchedCaseId} under another IIN on {Fingers}; the arrival awaits an officer's clearance",
                caseId, duplicate.CaseId, string.Join(",", duplicate.Fingers));
        return arrival;
    }

    /// <summary>
    /// The fingers of earlier registrations (the check passes over the person's own) that share enough
    /// index keys with this ten-print to be worth the matcher's time, found in the gallery, and those
    /// registrations' templates; the rest of the register is never read.
    /// </summary>
    async Task<(IReadOnlySet<(Guid, FingerPosition)> Proposed, List<FingerprintTemplate> Templates)> CandidatesAsync(
        TenPrint prints, CancellationToken cancellationToken)
    {
        var probe = prints.Captured.SelectMany(f => FingerprintIndex.ProbeKeysOf(f.Position, f.Record.Minutiae)).Distinct();
        var proposed = await gallery.CandidatesAsync(db, probe, cancellationToken);
        if (proposed.Count == 0) return (proposed, []);
        var cases = proposed.Select(p => p.CaseId).Distinct().ToList();
        var templates = await db.FingerprintTemplates.AsNoTracking().Where(t => cases.Contains(t.CaseId)).ToListAsync(cancellationToken);
        return (proposed, templates);
    }
}
