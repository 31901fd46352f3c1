using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Identity.Features.RevokeCertificate;

public sealed class RevokeCertificateHandler(IdentityDbContext db, CertificateCustody custody, TimeProvider time)
{
    public async Task<IssuedCertificate> HandleAsync(string serialNumber, X509RevocationReason reason, Actor actor, CancellationToken cancellationToken)
    {
        var certificate = await db.IssuedCertificates.FindAsync([serialNumber.ToUpperInvariant()], cancellationToken);
        if (certificate is null || !custody.Allows(actor, certificate))
            throw new CaseNotFound($"No certificate with serial number {serialNumber} is yours to revoke.");
        certificate.Revoke(reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }
}
