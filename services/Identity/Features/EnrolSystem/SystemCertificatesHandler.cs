using NomadPlatform.Eds;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Domain.Systems;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure.Systems;
using NomadPlatform.Infrastructure.Domain;
using OpenIddict.Abstractions;

namespace NomadPlatform.Identity.Features.EnrolSystem;

/// <summary>
/// Certificates for a registered organisation's system, for the key in its CSR; the organisation's
/// name (O=) comes from the CA's register, never from the request. The first is enrolled with a
/// one-time code; later ones are asked for by the system itself, signed in with its current one.
/// A system (authentication) certificate's key becomes a key of the organisation's OAuth client.
/// </summary>
public sealed class SystemCertificatesHandler(
    IdentityDbContext db, CertificateAuthorityStore authorities, SystemClients clients, IOptions<EdsOptions> options, TimeProvider time)
{
    public const int MaxCommonNameLength = 64;

    public async Task<X509Certificate2> EnrolAsync(Bin bin, byte[] csrDer, string enrolmentCode, string commonName, CancellationToken cancellationToken)
    {
        var organisation = Registered(bin);
        var now = time.GetUtcNow();
        var code = await db.EnrolmentCodes.FindAsync([EnrolmentCode.HashOf(enrolmentCode)], cancellationToken);
        if (code is null && Matches(organisation.EnrolmentCode, enrolmentCode))
            db.EnrolmentCodes.Add(code = EnrolmentCode.Configured(bin.Value, enrolmentCode, now));
        if (code is null)
            throw new EnrolmentRefused($"BIN {bin}: the enrolment code is wrong.");
        if (code.RefusalFor(bin.Value, now) is { } refusal)
            throw new EnrolmentRefused($"BIN {bin}: {refusal}");

        var certificate = await IssueAsync(bin, organisation, csrDer, commonName, EdsPurpose.Authentication, cancellationToken);
        code.Use(certificate.SerialNumber, now);
        try
        {
            // OpenIddict's store saves the context it shares with the register: the certificate, the
            // used code and the client's new key are one save.
            await clients.AddKeyAsync(bin, certificate, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is DbUpdateException or OpenIddictExceptions.ConcurrencyException)
        {
            throw new EnrolmentRefused($"BIN {bin}: the enrolment code was used by another enrolment at the same moment.");
        }
        return certificate;
    }

    /// <summary>For a system that proved it is <paramref name="bin"/>'s: a new system certificate, or a seal.</summary>
    public async Task<X509Certificate2> IssueAsync(Bin bin, byte[] csrDer, string commonName, EdsPurpose purpose, CancellationToken cancellationToken)
    {
        var certificate = await IssueAsync(bin, Registered(bin), csrDer, commonName, purpose, cancellationToken);
        if (purpose == EdsPurpose.Authentication) await clients.AddKeyAsync(bin, certificate, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }

    async Task<X509Certificate2> IssueAsync(Bin bin, RegisteredOrganisation organisation, byte[] csrDer, string commonName, EdsPurpose purpose, CancellationToken cancellationToken)
    {
        CertificateRequest csr;
        try
        {
            csr = CertificationRequest.Load(csrDer);
        }
        catch (FormatException exception)
        {
            throw new InvalidField("csr", "identity.csr-invalid", $"The certificate request is not acceptable: {exception.Message}");
        }
        // A system signs its token requests as a JSON web key: RSA or ECDSA. A seal may be GOST.
        if (purpose == EdsPurpose.Authentication && EdsOids.Signature(csr.PublicKey.Oid.Value!).Family is not (SignatureFamily.Rsa or SignatureFamily.Ecdsa))
            throw new InvalidField("csr", "identity.csr-key-type", $"A system certificate's key is RSA or ECDSA (it signs JSON web tokens), not {csr.PublicKey.Oid.Value}.");

        var authority = await authorities.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var request = EdsPrivateKey.RequestFor(NcaSubject.ForOrganisation(bin, organisation.Name, commonName), csr.PublicKey);
        var certificate = authority.Issue(request, purpose, now, EdsHolderType.LegalEntity);
        db.IssuedCertificates.Add(IssuedCertificate.OfOrganisation(certificate, bin, purpose, now));
        return certificate;
    }

    RegisteredOrganisation Registered(Bin bin) => options.Value.Organisations.TryGetValue(bin.Value, out var organisation)
        ? organisation
        : throw new EnrolmentRefused($"BIN {bin} is not registered with the CA.");

    static bool Matches(string expected, string given) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
