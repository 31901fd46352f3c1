using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.VerifySignature;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Identity.Infrastructure.Migrations.Sqlite;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.IntegrationTests.Eds;

/// <summary>
/// A second, independent CA made here plays NCA (GOST 2015, its own CRL over HTTP): Identity trusts
/// it only when configured, and then learns its revocations from that CRL, refreshed by nextUpdate.
/// </summary>
public sealed class NationalCaTrustTests : IAsyncLifetime
{
    static readonly Iin Applicant = Iin.Parse("840315300017");
    static readonly byte[] Manifest = Encoding.UTF8.GetBytes("""{"documents":["passport.pdf"]}""");

    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 7, 3, 0, 0, TimeSpan.Zero));
    readonly string _database = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-trust-{Guid.NewGuid():N}.db")}";
    WebApplication _crlServer = null!;
    readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("nca-crl");
    byte[]? _crl;
    CertificateAuthority _nca = null!;

    public async Task InitializeAsync()
    {
        // Not the test's own folder as content root: it holds a referenced service's appsettings.json (whichever
        // the build copied last), whose Kestrel endpoints would replace the address below.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = _contentRoot.FullName });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _crlServer = builder.Build();
        _crlServer.MapGet("/nca_gost.crl", () => _crl is null ? Results.NotFound() : Results.Bytes(_crl, "application/pkix-crl"));
        await _crlServer.StartAsync();
        _nca = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_512, _clock.GetUtcNow().AddYears(-1), new Uri($"{_crlServer.Urls.First()}/nca_gost.crl"));
    }

    public async Task DisposeAsync()
    {
        await _crlServer.DisposeAsync();
        _contentRoot.Delete(recursive: true);
    }

    [Fact]
    public async Task A_chain_from_another_ca_is_not_trusted_until_configured()
    {
        using var key = HolderKey();
        Publish();

        var unconfigured = await VerifyAsync(Sign(key), trusted: false);
        var configured = await VerifyAsync(Sign(key), trusted: true);

        Assert.Equal([VerificationCheck.Chain], unconfigured.Failures.Select(f => f.Check));
        Assert.True(configured.Valid, string.Join("; ", configured.Failures));
        Assert.Equal(Applicant.Value, configured.SignerIin);
    }

    [Fact]
    public async Task Its_crl_revokes()
    {
        using var key = HolderKey();
        Publish(new RevokedCertificate(key.Certificate.SerialNumber, _clock.GetUtcNow().AddHours(-1), X509RevocationReason.KeyCompromise));

        var result = await VerifyAsync(Sign(key), trusted: true);

        Assert.Equal([VerificationCheck.Revocation], result.Failures.Select(f => f.Check));
        Assert.Contains("by its issuer's CRL", result.Failures[0].Reason);
    }

    [Fact]
    public async Task An_unreachable_crl_is_its_own_reason_and_policy_decides()
    {
        using var key = HolderKey();

        var refused = await VerifyAsync(Sign(key), trusted: true);
        var accepted = await VerifyAsync(Sign(key), trusted: true, UnknownRevocationPolicy.Accept);

        Assert.Equal([VerificationCheck.RevocationUnknown], refused.Failures.Select(f => f.Check));
        Assert.Contains("404", refused.Failures[0].Reason);
        Assert.True(accepted.Valid, string.Join("; ", accepted.Failures));
    }

    [Fact]
    public async Task The_crl_is_kept_until_its_next_update_then_fetched_again_and_a_stale_one_is_not_trusted()
    {
        using var key = HolderKey();
        Publish();
        await using var identity = await IdentityAsync(trusted: true);

        var before = await VerifyAsync(identity, Sign(key));
        Publish(new RevokedCertificate(key.Certificate.SerialNumber, _clock.GetUtcNow(), X509RevocationReason.KeyCompromise));
        var cached = await VerifyAsync(identity, Sign(key));
        _clock.Advance(TimeSpan.FromHours(25));
        var stale = await VerifyAsync(identity, Sign(key));
        Publish(new RevokedCertificate(key.Certificate.SerialNumber, _clock.GetUtcNow().AddHours(-25), X509RevocationReason.KeyCompromise));
        var refreshed = await VerifyAsync(identity, Sign(key));

        Assert.True(before.Valid);
        Assert.True(cached.Valid, "the list in hand is valid until its nextUpdate");
        Assert.Equal([VerificationCheck.RevocationUnknown], stale.Failures.Select(f => f.Check));
        Assert.Contains("stale", stale.Failures[0].Reason);
        Assert.Equal([VerificationCheck.Revocation], refreshed.Failures.Select(f => f.Check));
    }

    EdsKeyFile HolderKey()
    {
        var key = EdsKeys.Create(EdsKeyAlgorithm.Gost2015_512, authority: false);
        return new EdsKeyFile(_nca.Issue(key.Request(NcaSubject.ForIndividual(Applicant, "Seitkali", "Aidos")), EdsPurpose.Signing, _clock.GetUtcNow().AddDays(-1)), key);
    }

    byte[] Sign(EdsKeyFile key) => EdsSigner.Sign(Manifest, key, detached: true, _clock.GetUtcNow());

    void Publish(params RevokedCertificate[] revoked) =>
        _crl = _nca.BuildCrl(revoked, _clock.GetUtcNow().ToUnixTimeSeconds(), _clock.GetUtcNow(), _clock.GetUtcNow().AddDays(1));

    async Task<VerificationResult> VerifyAsync(byte[] cms, bool trusted, UnknownRevocationPolicy policy = UnknownRevocationPolicy.Refuse)
    {
        await using var identity = await IdentityAsync(trusted, policy);
        return await VerifyAsync(identity, cms);
    }

    static async Task<VerificationResult> VerifyAsync(ServiceProvider identity, byte[] cms)
    {
        await using var scope = identity.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifySignatureHandler>()
            .HandleAsync(cms, Manifest, EdsPurpose.Signing, Applicant.Value, null, default);
    }

    async Task<ServiceProvider> IdentityAsync(bool trusted, UnknownRevocationPolicy policy = UnknownRevocationPolicy.Refuse)
    {
        // The root as a DER file, the issuing CA as PEM text: both ways an operator may configure NCA.
        var rootFile = Path.Combine(Path.GetTempPath(), $"nca-root-{Guid.NewGuid():N}.cer");
        await File.WriteAllBytesAsync(rootFile, _nca.Root.RawData);
        var services = new ServiceCollection();
        services.AddDbContext<IdentityDbContext, IdentitySqliteDbContext>(o => o.UseSqlite(_database));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(Options.Create(new EdsOptions
        {
            CaKeyPassphrase = "trust test passphrase",
            Trust = new EdsTrustOptions
            {
                Anchors = trusted ? [rootFile] : [],
                Intermediates = trusted ? [_nca.Issuing.ExportCertificatePem()] : [],
                UnknownRevocation = policy,
            },
        }));
        services.AddSingleton<CertificateAuthorityStore>();
        services.AddSingleton<TrustedAuthorities>();
        services.AddSingleton<RevocationLists>();
        services.AddHttpClient();
        services.AddLogging();
        services.AddScoped<VerifySignatureHandler>();
        var built = services.BuildServiceProvider();
        await using var scope = built.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
        return built;
    }
}
