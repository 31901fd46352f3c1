using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Identity.Features.IssueCertificate;
using NomadPlatform.Identity.Features.IssueEmployeeCertificate;
using NomadPlatform.Identity.Features.SignIn;
using NomadPlatform.Identity.Features.VerifySignature;
using NomadPlatform.Identity.Infrastructure;
using NomadPlatform.Identity.Infrastructure.Eds;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.SignIn;

/// <summary>
/// EDS sign-in against a real Identity database and CA: the challenge is answered once, by a valid
/// authentication certificate of this CA, and every refusal says why.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class EdsSignInTests(PostgresServer postgres)
{
    const string HubBin = "180540000012";
    static readonly Iin Person = Iin.Parse("840315300017");
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 7, 3, 0, 0, TimeSpan.Zero));

    async Task<ServiceProvider> IdentityAsync(DatabaseProvider provider, EdsKeyAlgorithm algorithm = EdsKeyAlgorithm.Rsa)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "signin");
        var services = new ServiceCollection();
        services.AddScoped(_ => (IdentityDbContext)ProviderContexts.Create("Identity", provider, connection));
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(Options.Create(new EdsOptions
        {
            CaKeyPassphrase = "sign-in test passphrase",
            KeyAlgorithm = algorithm,
            Organisations = { [HubBin] = new RegisteredOrganisation { Name = "Astana Hub International Technology Park" } },
        }));
        services.AddSingleton<CertificateAuthorityStore>();
        services.AddSingleton<TrustedAuthorities>();
        services.AddSingleton<RevocationLists>();
        services.AddHttpClient();
        services.AddLogging();
        services.AddSingleton<EmployeeCertificates>();
        services.AddScoped<IssueCertificateHandler>();
        services.AddScoped<VerifySignatureHandler>();
        services.AddScoped<IssueChallengeHandler>();
        services.AddScoped<EdsSignInHandler>();
        var built = services.BuildServiceProvider();
        await using var scope = built.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Database.MigrateAsync();
        return built;
    }

    static async Task<X509Certificate2> KeyAsync(IServiceProvider services, EdsPurpose purpose, Iin? iin = null, string? bin = null)
    {
        await using var scope = services.CreateAsyncScope();
        var holder = bin is null
            ? new CertificateHolder(NcaSubject.ForIndividual(iin ?? Person, "Seitkali", "Aidos"), (iin ?? Person).Value, null, EdsHolderType.Individual)
            : scope.ServiceProvider.GetRequiredService<EmployeeCertificates>().Holder(Bin.Parse(bin), iin ?? Person, "Seitkali", "Aidos");
        var pkcs12 = await scope.ServiceProvider.GetRequiredService<IssueCertificateHandler>().IssueFileKeyAsync(holder, purpose, "key-password", default);
        return EdsSigner.OpenKey(pkcs12, "key-password");
    }

    async Task<string> ChallengeAsync(IServiceProvider services, string? forIin = null)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IssueChallengeHandler>().HandleAsync(forIin, default)).Value;
    }

    async Task<(SignedInHolder? Holder, SignInRefusal? Refusal)> SignInAsync(IServiceProvider services, string challenge, X509Certificate2 key)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EdsSignInHandler>().HandleAsync(EdsSignIn.Sign(challenge, key, _clock.GetUtcNow()), default);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_person_signs_in_with_an_authentication_key_and_the_challenge_serves_once(DatabaseProvider provider)
    {
        await using var identity = await IdentityAsync(provider);
        using var key = await KeyAsync(identity, EdsPurpose.Authentication);
        var challenge = await ChallengeAsync(identity);

        var (holder, refusal) = await SignInAsync(identity, challenge, key);
        var replay = await SignInAsync(identity, challenge, key);

        Assert.Null(refusal);
        Assert.Equal(new SignedInHolder(Person.Value, null, "SEITKALI AIDOS", key.SerialNumber), holder);
        Assert.Equal("signin.challenge-used", replay.Refusal!.Reason.Code);
        Assert.Contains("already used", replay.Refusal!.Reason.ToString());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_gost_2015_file_key_from_a_gost_ca_signs_in_end_to_end(DatabaseProvider provider)
    {
        await using var identity = await IdentityAsync(provider, EdsKeyAlgorithm.Gost2015_512);
        await using var scope = identity.CreateAsyncScope();
        var holder = new CertificateHolder(NcaSubject.ForIndividual(Person, "Seitkali", "Aidos"), Person.Value, null, EdsHolderType.Individual);
        var pkcs12 = await scope.ServiceProvider.GetRequiredService<IssueCertificateHandler>().IssueFileKeyAsync(holder, EdsPurpose.Authentication, "key-password", default);
        using var key = EdsSigner.OpenKeyFile(pkcs12, "key-password");
        var challenge = Encoding.UTF8.GetBytes(await ChallengeAsync(identity));

        var (signedIn, refusal) = await scope.ServiceProvider.GetRequiredService<EdsSignInHandler>()
            .HandleAsync(Convert.ToBase64String(EdsSigner.Sign(challenge, key, detached: false, _clock.GetUtcNow())), default);

        Assert.NotNull(key.Key.Gost);
        Assert.Null(refusal);
        Assert.Equal(Person.Value, signedIn!.Iin);
    }

    [Fact]
    public async Task An_employee_signs_in_with_the_organisations_bin_and_a_system_certificate_cannot_sign_a_person_in()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var employee = await KeyAsync(identity, EdsPurpose.Authentication, bin: HubBin);

        var (holder, _) = await SignInAsync(identity, await ChallengeAsync(identity), employee);

        Assert.Equal(HubBin, holder!.Bin);
        Assert.Equal(Person.Value, holder.Iin);
    }

    [Fact]
    public async Task A_signing_certificate_is_refused_as_not_for_authentication()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var signing = await KeyAsync(identity, EdsPurpose.Signing);

        var (_, refusal) = await SignInAsync(identity, await ChallengeAsync(identity), signing);

        Assert.Contains("not a authentication certificate", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task A_revoked_certificate_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var key = await KeyAsync(identity, EdsPurpose.Authentication);
        await using (var scope = identity.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
            (await db.IssuedCertificates.SingleAsync(c => c.SerialNumber == key.SerialNumber)).Revoke(X509RevocationReason.Superseded, _clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        _clock.Advance(TimeSpan.FromSeconds(1));

        var (_, refusal) = await SignInAsync(identity, await ChallengeAsync(identity), key);

        Assert.Contains("revoked", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task An_expired_certificate_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var key = await KeyAsync(identity, EdsPurpose.Authentication);
        _clock.Advance(CertificateAuthority.PersonalCertificateValidity + TimeSpan.FromDays(1));

        var (_, refusal) = await SignInAsync(identity, await ChallengeAsync(identity), key);

        Assert.Contains("not valid at signing time", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task A_certificate_of_a_foreign_ca_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        var foreign = CertificateAuthority.Create(EdsKeyAlgorithm.Rsa, _clock.GetUtcNow(), new Uri("http://foreign.example/crl"));
        using var rsa = EdsKeys.Create(EdsKeyAlgorithm.Rsa, authority: false);
        using var certificate = foreign.Issue(rsa.Request(NcaSubject.ForIndividual(Person, "Seitkali", "Aidos")), EdsPurpose.Authentication, _clock.GetUtcNow());
        using var key = rsa.AttachTo(certificate);

        var (_, refusal) = await SignInAsync(identity, await ChallengeAsync(identity), key);

        Assert.Contains("does not chain to a trusted root", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task A_stale_challenge_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var key = await KeyAsync(identity, EdsPurpose.Authentication);
        var challenge = await ChallengeAsync(identity);
        _clock.Advance(TimeSpan.FromMinutes(6));

        var (_, refusal) = await SignInAsync(identity, challenge, key);

        Assert.Contains("expired", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task A_challenge_issued_for_one_person_and_signed_by_someone_else_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var someoneElse = await KeyAsync(identity, EdsPurpose.Authentication, Iin.Parse("791122400015"));
        var challenge = await ChallengeAsync(identity, forIin: Person.Value);

        var (_, refusal) = await SignInAsync(identity, challenge, someoneElse);

        Assert.Contains("signed by someone else", refusal!.Reason.ToString());
    }

    [Fact]
    public async Task A_signature_over_anything_but_an_issued_challenge_is_refused()
    {
        await using var identity = await IdentityAsync(DatabaseProvider.Sqlite);
        using var key = await KeyAsync(identity, EdsPurpose.Authentication);

        var (_, refusal) = await SignInAsync(identity, "a-value-identity-never-issued", key);
        await using var scope = identity.CreateAsyncScope();
        var detached = Convert.ToBase64String(EdsSigner.Sign(Encoding.UTF8.GetBytes(await ChallengeAsync(identity)), key, detached: true, _clock.GetUtcNow()));
        var (_, detachedRefusal) = await scope.ServiceProvider.GetRequiredService<EdsSignInHandler>().HandleAsync(detached, default);

        Assert.Contains("not issued by this sign-in service", refusal!.Reason.ToString());
        Assert.NotNull(detachedRefusal);
    }
}
