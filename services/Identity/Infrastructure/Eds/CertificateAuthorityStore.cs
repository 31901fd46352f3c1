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
        {
            var (issuingCertificate, issuingKey) = AuthorityKeyProtection.OpenKey(issuing, passphrase);
            return new CertificateAuthority(X509CertificateLoader.LoadCertificate(root.Certificate), issuingCertificate, issuingKey, options.Value.CrlUrl);
        }

        var now = time.GetUtcNow();
        var (authority, rootKey) = CertificateAuthority.CreateWithRootKey(options.Value.KeyAlgorithm, now, options.Value.CrlUrl);
        using var _ = rootKey;
        db.AuthorityKeys.AddRange(
            AuthorityKeyProtection.Seal("root", authority.Root, rootKey, passphrase, now),
            AuthorityKeyProtection.Seal("issuing", authority.Issuing, authority.IssuingKey, passphrase, now));
        await db.SaveChangesAsync(cancellationToken);
        return authority;
    }
}
