using Microsoft.EntityFrameworkCore;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;

namespace NomadPlatform.Identity.Features.VerifySignature;

/// <summary>Verifies a signature against the national CA, with revocation read from the certificate register.</summary>
public sealed class VerifySignatureHandler(IdentityDbContext db, CertificateAuthorityStore authorities, TimeProvider time)
{
    public async Task<VerificationResult> HandleAsync(
        byte[] cms, byte[]? detachedContent, EdsPurpose purpose, string? expectedIin, TimeSpan? maxAge, CancellationToken cancellationToken,
        string? expectedBin = null)
    {
        var verifier = new SignatureVerifier((await authorities.GetAsync(cancellationToken)).Trust, time);
        return await verifier.VerifyAsync(cms, detachedContent, purpose, expectedIin, RevocationAsync, cancellationToken, maxAge, expectedBin);
    }

    async Task<RevokedCertificate?> RevocationAsync(string serialNumber, CancellationToken cancellationToken) =>
        (await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber, cancellationToken))?.AsRevoked();
}
