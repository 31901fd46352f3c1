using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.EnrolOrganisation;

/// <summary>
/// Issues a legal-entity signing certificate to a registered organisation's system, for the key in
/// its CSR. The organisation's name (O=) comes from the CA's register, never from the request.
/// </summary>
public sealed class EnrolOrganisationHandler(
    IdentityDbContext db, CertificateAuthorityStore authorities, IOptions<EdsOptions> options, TimeProvider time)
{
    public const int MaxCommonNameLength = 64;

    public async Task<X509Certificate2> HandleAsync(Bin bin, byte[] csrDer, string enrolmentCode, string commonName, CancellationToken cancellationToken)
    {
        if (!options.Value.Organisations.TryGetValue(bin.Value, out var organisation) || !CodeMatches(organisation.EnrolmentCode, enrolmentCode))
            throw new EnrolmentRefused($"BIN {bin} is not registered with the CA for enrolment, or the enrolment code is wrong.");

        CertificateRequest csr;
        try
        {
            csr = CertificateRequest.LoadSigningRequest(csrDer, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.Default, RSASignaturePadding.Pkcs1);
        }
        catch (Exception exception) when (exception is CryptographicException or ArgumentException)
        {
            throw new InvalidField("csr", $"Not a DER PKCS#10 request whose signature proves possession of its key: {exception.Message}");
        }

        var authority = await authorities.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var request = EdsKeys.Request(NcaSubject.ForOrganisation(bin, organisation.Name, commonName), csr.PublicKey);
        var certificate = authority.Issue(request, EdsPurpose.Signing, now, EdsHolderType.LegalEntity);
        db.IssuedCertificates.Add(IssuedCertificate.OfOrganisation(certificate, bin, EdsPurpose.Signing, now));
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }

    static bool CodeMatches(string expected, string given) =>
        expected.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
