using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;

namespace NomadPlatform.Identity.Infrastructure.Eds;

/// <summary>
/// The national CA, created on first start and kept in Identity's database with its private keys
/// encrypted; loaded once per process.
/// </summary>
public sealed class CertificateAuthorityStore(IServiceScopeFactory scopes, IOptions<EdsOptions> options, TimeProvider time)
{
    static readonly PbeParameters KeyProtection = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 200_000);
    readonly SemaphoreSlim _loading = new(1, 1);
    CertificateAuthority? _authority;

    public async Task<CertificateAuthority> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_authority is not null) return _authority;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            return _authority ??= await LoadOrCreateAsync(cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    async Task<CertificateAuthority> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        var passphrase = options.Value.CaKeyPassphrase;
        if (string.IsNullOrEmpty(passphrase))
            throw new InvalidOperationException("Eds:CaKeyPassphrase is not set: the CA's private keys cannot be protected.");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var keys = await db.AuthorityKeys.AsNoTracking().ToDictionaryAsync(k => k.Name, cancellationToken);
        if (keys.TryGetValue("root", out var root) && keys.TryGetValue("issuing", out var issuing))
            return new CertificateAuthority(Open(root, passphrase), Open(issuing, passphrase), options.Value.CrlUrl);

        var now = time.GetUtcNow();
        var authority = CertificateAuthority.Create(options.Value.KeyAlgorithm, now, options.Value.CrlUrl);
        db.AuthorityKeys.AddRange(Seal("root", authority.Root, passphrase, now), Seal("issuing", authority.Issuing, passphrase, now));
        await db.SaveChangesAsync(cancellationToken);
        return authority;
    }

    static AuthorityKey Seal(string name, X509Certificate2 certificate, string passphrase, DateTimeOffset now)
    {
        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()!;
        return new AuthorityKey
        {
            Name = name,
            Certificate = certificate.RawData,
            EncryptedPrivateKey = key.ExportEncryptedPkcs8PrivateKey(passphrase, KeyProtection),
            CreatedAt = now,
        };
    }

    static X509Certificate2 Open(AuthorityKey stored, string passphrase)
    {
        using var certificate = X509CertificateLoader.LoadCertificate(stored.Certificate);
        if (certificate.GetRSAPublicKey() is not null)
        {
            using var rsa = RSA.Create();
            rsa.ImportEncryptedPkcs8PrivateKey(passphrase, stored.EncryptedPrivateKey, out _);
            return certificate.CopyWithPrivateKey(rsa);
        }
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportEncryptedPkcs8PrivateKey(passphrase, stored.EncryptedPrivateKey, out _);
        return certificate.CopyWithPrivateKey(ecdsa);
    }
}
