using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Infrastructure.Eds;

namespace NomadPlatform.Identity.Infrastructure.SignIn;

/// <summary>
/// The keys that sign access tokens (published in the JWKS) and encrypt refresh tokens: made on first
/// start and kept in Identity's database beside the CA's, so tokens outlive a restart.
/// </summary>
public sealed class TokenKeyStore(IServiceScopeFactory scopes, IOptions<EdsOptions> options, TimeProvider time)
{
    const string SigningName = "token-signing";
    const string EncryptionName = "token-encryption";
    static readonly TimeSpan Validity = TimeSpan.FromDays(3 * 365);
    readonly Lock _loading = new();
    (X509Certificate2 Signing, X509Certificate2 Encryption)? _keys;

    /// <summary>Read once, when OpenIddict's options are first built (after the database is migrated).</summary>
    public (X509Certificate2 Signing, X509Certificate2 Encryption) Keys
    {
        get
        {
            lock (_loading)
                return _keys ??= LoadOrCreateAsync().GetAwaiter().GetResult();
        }
    }

    async Task<(X509Certificate2, X509Certificate2)> LoadOrCreateAsync()
    {
        var passphrase = options.Value.CaKeyPassphrase
            ?? throw new InvalidOperationException("Eds:CaKeyPassphrase is not set: the token keys cannot be protected.");
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var stored = await db.AuthorityKeys.AsNoTracking().Where(k => k.Name == SigningName || k.Name == EncryptionName).ToDictionaryAsync(k => k.Name);
        if (stored.TryGetValue(SigningName, out var signing) && stored.TryGetValue(EncryptionName, out var encryption))
            return (AuthorityKeyProtection.Open(signing, passphrase), AuthorityKeyProtection.Open(encryption, passphrase));

        var now = time.GetUtcNow();
        var keys = (Create("NomadPlatform access-token signing", X509KeyUsageFlags.DigitalSignature, now),
            Create("NomadPlatform refresh-token encryption", X509KeyUsageFlags.KeyEncipherment, now));
        db.AuthorityKeys.AddRange(AuthorityKeyProtection.Seal(SigningName, keys.Item1, passphrase, now), AuthorityKeyProtection.Seal(EncryptionName, keys.Item2, passphrase, now));
        await db.SaveChangesAsync();
        return keys;
    }

    static X509Certificate2 Create(string name, X509KeyUsageFlags usage, DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=NomadPlatform, C=KZ", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        return request.CreateSelfSigned(now.AddMinutes(-5), now + Validity);
    }
}
