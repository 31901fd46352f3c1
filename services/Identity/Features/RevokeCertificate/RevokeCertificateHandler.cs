using System.Security.Cryptography.X509Certificates;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Systems;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Security;

namespace NomadPlatform.Identity.Features.RevokeCertificate;

public sealed class RevokeCertificateHandler(IdentityDbContext db, CertificateCustody custody, SystemClients systems, TimeProvider time)
{
    public async Task<IssuedCertificate> HandleAsync(string serialNumber, X509RevocationReason reason, Actor actor, CancellationToken cancellationToken)
    {
        var certificate = await db.IssuedCertificates.FindAsync([serialNumber.ToUpperInvariant()], cancellationToken);
        if (certificate is null || !custody.Allows(actor, certificate))
            throw new CaseNotFound("identity.certificate-not-yours", $"No certificate with serial number {serialNumber} is yours to revoke.");
        certificate.Revoke(reason, time.GetUtcNow());
        // A system certificate's key leaves its client in the same save as the revocation.
        if (certificate is { Iin: null, Bin: { } bin, Purpose: EdsPurpose.Authentication })
            await systems.RemoveKeyAsync(bin, certificate.SerialNumber, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }
}
