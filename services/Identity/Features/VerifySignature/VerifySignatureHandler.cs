using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;

namespace NomadPlatform.Identity.Features.VerifySignature;

/// <summary>
/// Verifies a signature against the trusted CAs: revocation of this platform's certificates is read
/// from its register, that of other authorities' (NCA's) from their CRLs.
/// </summary>
public sealed class VerifySignatureHandler(
    IdentityDbContext db, TrustedAuthorities authorities, RevocationLists revocationLists, IOptions<EdsOptions> options, TimeProvider time)
{
    public async Task<VerificationResult> HandleAsync(
        byte[] cms, byte[]? detachedContent, EdsPurpose purpose, string? expectedIin, TimeSpan? maxAge, CancellationToken cancellationToken,
        string? expectedBin = null)
    {
        var verifier = new SignatureVerifier(await authorities.GetAsync(cancellationToken), time, revocationLists.StatusAsync,
            refuseUnknownRevocation: options.Value.Trust.UnknownRevocation == UnknownRevocationPolicy.Refuse);
        return await verifier.VerifyAsync(cms, detachedContent, purpose, expectedIin, RevocationAsync, cancellationToken, maxAge, expectedBin);
    }

    async Task<RevokedCertificate?> RevocationAsync(string serialNumber, CancellationToken cancellationToken) =>
        (await db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.SerialNumber == serialNumber, cancellationToken))?.AsRevoked();
}
