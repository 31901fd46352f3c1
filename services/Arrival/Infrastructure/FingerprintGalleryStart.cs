using Microsoft.EntityFrameworkCore;
using NomadPlatform.Arrival.Domain.Fingerprints;
using NomadPlatform.Infrastructure.Outbox;

namespace NomadPlatform.Arrival.Infrastructure;

public static class FingerprintGalleryStart
{
    /// <summary>
    /// Gives every stored ten-print its gallery row (ten-prints registered before the gallery had only
    /// their templates; a twin does it once), then loads this instance's gallery.
    /// </summary>
    public static async Task LoadFingerprintGalleryAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await SingleInstanceWork.AloneAsync(services, "first-start:fingerprint-gallery", async root =>
        {
            await using var scope = root.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ArrivalDbContext>();
            var unindexed = await db.FingerprintTemplates.AsNoTracking()
                .Where(t => !db.FingerprintRegistrations.Any(r => r.CaseId == t.CaseId))
                .Select(t => t.CaseId).Distinct().ToListAsync(cancellationToken);
            foreach (var caseId in unindexed)
            {
                var templates = await db.FingerprintTemplates.AsNoTracking().Where(t => t.CaseId == caseId).ToListAsync(cancellationToken);
                // Stored templates were read when they were registered.
                var fingers = templates.Select(t => MinutiaeRecord.TryParse(t.Template, out var record, out _) ? new CapturedFinger(t.Position, t.Template, record) : null).OfType<CapturedFinger>();
                db.FingerprintRegistrations.Add(FingerprintRegistration.Of(caseId, fingers));
                await db.SaveChangesAsync(cancellationToken);
            }
        }, cancellationToken);

        await using var load = services.CreateAsyncScope();
        await services.GetRequiredService<ResidentFingerprintGallery>()
            .LoadAsync(load.ServiceProvider.GetRequiredService<ArrivalDbContext>(), cancellationToken);
    }
}
