using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.RevokeCertificate;

public sealed class RevokeCertificateHandler(IdentityDbContext db, TimeProvider time)
{
    public async Task<IssuedCertificate> HandleAsync(string serialNumber, X509RevocationReason reason, CancellationToken cancellationToken)
    {
        var certificate = await db.IssuedCertificates.FindAsync([serialNumber.ToUpperInvariant()], cancellationToken)
            ?? throw new CaseNotFound($"No certificate with serial number {serialNumber} was issued.");
        certificate.Revoke(reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }
}
