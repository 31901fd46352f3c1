using NomadPlatform.Eds;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Identity.Features.IssueCertificate;

/// <summary>
/// Issues a person's EDS certificate, either for a key the applicant holds (a CSR whose signature
/// proves possession) or as an NCA-style file key (a password-protected PKCS#12 made here).
/// </summary>
public sealed class IssueCertificateHandler(
    IdentityDbContext db, CertificateAuthorityStore authorities, IOptions<EdsOptions> options, TimeProvider time)
{
    public const int MaxCsrLength = 16 * 1024;

    public async Task<X509Certificate2> IssueForCsrAsync(string iin, EdsPurpose purpose, string csrPem, CancellationToken cancellationToken)
    {
        var csr = Load(csrPem);
        var holder = Holder(await FindAsync(iin, cancellationToken));
        return await IssueAsync(holder, purpose, EdsPrivateKey.RequestFor(holder.Subject, csr.PublicKey), cancellationToken);
    }

    public async Task<byte[]> IssueFileKeyAsync(string iin, EdsPurpose purpose, string password, CancellationToken cancellationToken) =>
        await IssueFileKeyAsync(Holder(await FindAsync(iin, cancellationToken)), purpose, password, cancellationToken);

    public async Task<X509Certificate2> IssueForCsrAsync(CertificateHolder holder, EdsPurpose purpose, string csrPem, CancellationToken cancellationToken) =>
        await IssueAsync(holder, purpose, EdsPrivateKey.RequestFor(holder.Subject, Load(csrPem).PublicKey), cancellationToken);

    static CertificateRequest Load(string csrPem)
    {
        try
        {
            return CertificationRequest.LoadPem(csrPem);
        }
        catch (FormatException exception)
        {
            throw new InvalidField("csr", "identity.csr-invalid", $"The certificate request is not acceptable: {exception.Message}");
        }
    }

    /// <summary>A key made here for the holder, with its certificate, as a PKCS#12 file under <paramref name="password"/>.</summary>
    public async Task<byte[]> IssueFileKeyAsync(CertificateHolder holder, EdsPurpose purpose, string password, CancellationToken cancellationToken)
    {
        using var key = EdsKeys.Create(options.Value.KeyAlgorithm, authority: false);
        using var certificate = await IssueAsync(holder, purpose, key.Request(holder.Subject), cancellationToken);
        return key.ExportPkcs12(certificate, password);
    }

    async Task<X509Certificate2> IssueAsync(CertificateHolder holder, EdsPurpose purpose, CertificateRequest request, CancellationToken cancellationToken)
    {
        var authority = await authorities.GetAsync(cancellationToken);
        var now = time.GetUtcNow();
        var certificate = authority.Issue(request, purpose, now, holder.Type);
        db.IssuedCertificates.Add(IssuedCertificate.Of(certificate, holder.Iin, purpose, now, holder.Bin));
        await db.SaveChangesAsync(cancellationToken);
        return certificate;
    }

    async Task<Person> FindAsync(string iin, CancellationToken cancellationToken) =>
        await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Iin == iin, cancellationToken)
        ?? throw new CaseNotFound("identity.person-unknown", $"No person holds IIN {iin}.");

    static CertificateHolder Holder(Person person) =>
        new(NcaSubject.ForIndividual(Iin.Parse(person.Iin), person.Surname, person.GivenName), person.Iin, null, EdsHolderType.Individual);
}
