using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.Infrastructure.Seal;

/// <summary>
/// An organisation's seal: its certificate from the national CA and key for signing what it issues
/// (the Hub's endorsements, the feed's events) and its audit chain's head. The key is made here and
/// never leaves the service (the CA sees only a CSR); it is kept encrypted in the service's database,
/// and a new one is asked of the CA (<see cref="ISealIssuer"/>) when none is stored or the current one
/// expires within 30 days.
/// </summary>
public sealed class OrganisationSeal(
    ServiceDbContext db,
    ISealIssuer issuer,
    IOptions<SealOptions> options,
    SealCache cache,
    TimeProvider time)
{
    static readonly TimeSpan RenewBefore = TimeSpan.FromDays(30);

    public string Bin => options.Value.Bin;

    /// <summary>The organisation's name as the CA certified it (O=).</summary>
    public static string OrganisationOf(X509Certificate2 seal) => seal.SubjectName.EnumerateRelativeDistinguishedNames()
        .Where(rdn => rdn.GetSingleElementType().Value == "2.5.4.10")
        .Select(rdn => rdn.GetSingleElementValue() ?? "")
        .FirstOrDefault() ?? "";

    /// <summary>The seal to sign with now (owned by the cache: do not dispose).</summary>
    public async Task<X509Certificate2> GetAsync(CancellationToken cancellationToken)
    {
        if (Usable(cache.Current)) return cache.Current!;
        await cache.Gate.WaitAsync(cancellationToken);
        try
        {
            if (Usable(cache.Current)) return cache.Current!;
            var stored = await db.Set<SealCredential>().AsNoTracking().OrderByDescending(c => c.NotAfter).FirstOrDefaultAsync(cancellationToken);
            var seal = stored is not null && Usable(stored.NotAfter) ? Open(stored) : await EnrolAsync(cancellationToken);
            cache.Set(seal);
            return seal;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    bool Usable(X509Certificate2? seal) => seal is not null && Usable(new DateTimeOffset(seal.NotAfter.ToUniversalTime()));

    bool Usable(DateTimeOffset notAfter) => notAfter - RenewBefore > time.GetUtcNow();

    async Task<X509Certificate2> EnrolAsync(CancellationToken cancellationToken)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var csr = new CertificateRequest($"CN={options.Value.CommonName}", key, HashAlgorithmName.SHA256).CreateSigningRequest();
        using var certificate = X509CertificateLoader.LoadCertificate(await issuer.IssueAsync(csr, options.Value.CommonName, cancellationToken));
        db.Set<SealCredential>().Add(SealCredential.Of(certificate.SerialNumber, certificate.RawData,
            KeyAtRest.Protect(key, options.Value.KeyPassphrase),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime()), time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return certificate.CopyWithPrivateKey(key);
    }

    /// <summary>A new seal now (an administrator's act after a revocation, or before a planned change); it signs from now on.</summary>
    public async Task<X509Certificate2> EnrolNowAsync(CancellationToken cancellationToken)
    {
        await cache.Gate.WaitAsync(cancellationToken);
        try
        {
            var seal = await EnrolAsync(cancellationToken);
            cache.Set(seal);
            return seal;
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    /// <summary>The CA revoked this seal: its stored key is deleted and the next <see cref="GetAsync"/> enrols a new one.</summary>
    public async Task DropRevokedAsync(string serialNumber, CancellationToken cancellationToken)
    {
        await cache.Gate.WaitAsync(cancellationToken);
        try
        {
            db.Set<SealCredential>().RemoveRange(await db.Set<SealCredential>().Where(c => c.SerialNumber == serialNumber).ToListAsync(cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            cache.Forget(serialNumber);
        }
        finally
        {
            cache.Gate.Release();
        }
    }

    X509Certificate2 Open(SealCredential stored) => KeyAtRest.Open(stored.Certificate, stored.EncryptedKey, options.Value.KeyPassphrase);
}
