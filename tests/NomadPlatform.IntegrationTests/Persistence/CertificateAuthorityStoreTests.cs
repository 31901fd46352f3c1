using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure.Migrations.Sqlite;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>The national CA (RSA or GOST 2015) is created once, kept with encrypted keys, and comes back only with the passphrase.</summary>
public sealed class CertificateAuthorityStoreTests
{
    readonly string _database = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-ca-{Guid.NewGuid():N}.db")}";

    ServiceProvider Services(string passphrase, EdsKeyAlgorithm algorithm = EdsKeyAlgorithm.Rsa)
    {
        var services = new ServiceCollection();
        services.AddDbContext<IdentityDbContext, IdentitySqliteDbContext>(o => o.UseSqlite(_database));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new EdsOptions { CaKeyPassphrase = passphrase, KeyAlgorithm = algorithm }));
        services.AddSingleton<CertificateAuthorityStore>();
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData(EdsKeyAlgorithm.Rsa)]
    [InlineData(EdsKeyAlgorithm.Gost2015_512)]
    public async Task The_ca_survives_a_restart_with_its_keys_encrypted_at_rest(EdsKeyAlgorithm algorithm)
    {
        await using (var first = Services("correct horse battery staple", algorithm))
        {
            await using var scope = first.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
        }

        string rootThumbprint;
        await using (var first = Services("correct horse battery staple", algorithm))
            rootThumbprint = (await first.GetRequiredService<CertificateAuthorityStore>().GetAsync()).Root.Thumbprint;

        await using var restarted = Services("correct horse battery staple", algorithm);
        var authority = await restarted.GetRequiredService<CertificateAuthorityStore>().GetAsync();
        Assert.Equal(rootThumbprint, authority.Root.Thumbprint);
        using var holderKey = EdsKeys.Create(algorithm, authority: false);
        using var issued = authority.Issue(holderKey.Request(new X500DistinguishedName("CN=Holder, C=KZ")), EdsPurpose.Signing, DateTimeOffset.UtcNow);
        Assert.Null(authority.Trust.PathOf(issued).Problem); // the reopened issuing key signs, and its signature chains

        await using var scope2 = restarted.CreateAsyncScope();
        var stored = await scope2.ServiceProvider.GetRequiredService<IdentityDbContext>().AuthorityKeys.ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, key => Assert.Throws<CryptographicException>(() => RSA.Create().ImportPkcs8PrivateKey(key.EncryptedPrivateKey, out _)));

        await using var thief = Services("a guess", algorithm);
        await Assert.ThrowsAnyAsync<CryptographicException>(() => thief.GetRequiredService<CertificateAuthorityStore>().GetAsync());
    }
}
