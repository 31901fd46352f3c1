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
public sealed class RegisterFingerprintsHandler(ArrivalDbContext db, TimeProvider time, ILogger<RegisterFingerprintsHandler> logger)
{
    public async Task<ArrivalRecord> HandleAsync(Guid caseId, TenPrint prints, CancellationToken cancellationToken)
    {
        var arrival = await db.FindArrivalAsync(caseId, cancellationToken)
            ?? throw CaseNotFound.For("arrival window", caseId);
        if (arrival.FingerprintsRegisteredAt is { } registeredAt)
            throw new CaseRuleViolation($"The fingerprints were registered at {registeredAt:O}.");

        var positions = prints.Captured.Select(f => f.Position).ToList();
        var othersOnRecord = await db.FingerprintTemplates.AsNoTracking()
            .Where(t => positions.Contains(t.Position) && t.Iin != arrival.Iin)
            .ToListAsync(cancellationToken);
        var duplicates = DuplicateFingerprintCheck.Find(arrival.Iin, prints, othersOnRecord);

        arrival.RegisterFingerprints(prints, duplicates, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Fingerprints registered for case {CaseId}: {Printed} printed, {Missing} declared missing, templates {TemplateHashes}",
            caseId, prints.Captured.Count, prints.Missing.Count, string.Join(",", arrival.Fingerprints.Select(f => $"{f.Position}:{f.Sha256}")));
        foreach (var duplicate in duplicates)
            logger.LogWarning("Fingerprints of case {CaseId} match case {MatchedCaseId} under another IIN on {Fingers}; the arrival awaits an officer's clearance",
                caseId, duplicate.CaseId, string.Join(",", duplicate.Fingers));
        return arrival;
    }
}
