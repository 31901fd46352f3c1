using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using NomadPlatform.Eds;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Identity.Domain.Eds;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Domain;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.Audit;

/// <summary>
/// The audit chain's head sealed with the agency's seal certificate from the national CA (Identity's own
/// CA code), then tampered with as an insider with the database but not the seal's key would: the end
/// cut off, the whole chain rewritten with fresh links, a seal moved. The verifier — the library and the
/// <c>audit-verify</c> command with the CA's certificates — names where it breaks.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class AuditSealTests(PostgresServer postgres) : IDisposable
{
    const string Bin = "940140000385";
    static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    readonly CertificateAuthority _ca = CertificateAuthority.Create(EdsKeyAlgorithm.Rsa, Now, new Uri("http://ca.test/pki/crl"));
    readonly string _caFiles = Directory.CreateTempSubdirectory("nomad-ca-").FullName;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_sealed_chain_holds_each_head_is_sealed_once_and_the_command_checks_the_seals_against_the_ca(DatabaseProvider provider)
    {
        using var seal = SealOf(_ca);
        var connection = await ChainAsync(provider, 12);
        Assert.Equal(12, (await SealAsync(provider, connection, seal))!.ChainIndex);
        Assert.Null(await SealAsync(provider, connection, seal)); // nothing linked since
        await AppendAndLinkAsync(provider, connection, 3, migrate: false);
        // Two instances sealing the same head at once: one seal.
        var racing = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try { return await SealAsync(provider, connection, seal); }
            catch (DbUpdateException) { return null; }
        })));
        Assert.Equal(15, Assert.Single(racing, s => s is not null)!.ChainIndex);
        await AppendAndLinkAsync(provider, connection, 2, migrate: false);

        await using var db = ProviderContexts.Create("Approval", provider, connection);
        var report = await AuditChainVerifier.VerifyAsync(db, [_ca.Root, _ca.Issuing], CancellationToken.None);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal((17, 2, 15L), (report.Linked, report.Seals, report.SealedUpTo));

        var (exit, output) = await AuditVerifyCommand.RunAsync(provider, connection, CaFiles(_ca));
        Assert.Equal(0, exit);
        Assert.Contains("Intact: 17 entries linked", output);
        Assert.Contains("2 seals hold, the last over entry 15", output);
        Assert.Contains("certified by the given CA", output);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_end_of_the_chain_cut_off_after_a_seal_is_caught(DatabaseProvider provider)
    {
        using var seal = SealOf(_ca);
        var connection = await ChainAsync(provider, 12);
        await SealAsync(provider, connection, seal);
        await TamperAsync(provider, connection, """DELETE FROM "AuditLog" WHERE "ChainIndex" > 9""");

        await AssertBrokenAtAsync(provider, connection, 10, "entries 10 to 12 are missing");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_chain_rewritten_whole_with_fresh_links_no_longer_matches_its_seal(DatabaseProvider provider)
    {
        using var seal = SealOf(_ca);
        var connection = await ChainAsync(provider, 12);
        await SealAsync(provider, connection, seal);
        // An insider changes an entry and links the whole log anew: every link holds, the seal does not.
        await TamperAsync(provider, connection, """UPDATE "AuditLog" SET "What" = 'nothing' WHERE "ChainIndex" = 5""");
        await using (var db = ProviderContexts.Create("Approval", provider, connection))
            await db.Database.ExecuteSqlRawAsync("""UPDATE "AuditLog" SET "ChainIndex" = NULL, "PreviousHash" = NULL, "Hash" = NULL""");
        await LinkAllAsync(provider, connection);

        await AssertBrokenAtAsync(provider, connection, 12, "rewritten");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_seal_moved_to_another_entry_is_refused_there(DatabaseProvider provider)
    {
        using var seal = SealOf(_ca);
        var connection = await ChainAsync(provider, 12);
        await SealAsync(provider, connection, seal);
        // Moved to cover a shorter chain (as if the end had never been written): its signature no longer holds.
        await TamperAsync(provider, connection,
            """UPDATE "AuditSeals" SET "ChainIndex" = 9, "HeadHash" = (SELECT "Hash" FROM "AuditLog" WHERE "ChainIndex" = 9)""");

        await AssertBrokenAtAsync(provider, connection, 9, "signature does not hold");
    }

    [Fact]
    public async Task A_seal_from_another_ca_is_refused_when_the_national_cas_certificates_are_given()
    {
        var stranger = CertificateAuthority.Create(EdsKeyAlgorithm.Gost2015_512, Now, new Uri("http://stranger.test/crl"));
        using var seal = SealOf(stranger);
        var connection = await ChainAsync(DatabaseProvider.Sqlite, 4);
        await SealAsync(DatabaseProvider.Sqlite, connection, seal);

        await using var db = ProviderContexts.Create("Approval", DatabaseProvider.Sqlite, connection);
        Assert.True((await AuditChainVerifier.VerifyAsync(db, [stranger.Root, stranger.Issuing], CancellationToken.None)).Intact); // its own CA (GOST) certifies it
        var report = await AuditChainVerifier.VerifyAsync(db, [_ca.Root, _ca.Issuing], CancellationToken.None);
        Assert.Equal(4, report.BrokenAt);
        Assert.Contains("does not lead to the given CA", report.Problem);
        var (exit, output) = await AuditVerifyCommand.RunAsync(DatabaseProvider.Sqlite, connection, CaFiles(_ca));
        Assert.Equal(1, exit);
        Assert.Contains("BROKEN at entry 4:", output);
    }

    /// <summary>An organisation's seal as the national CA issues it: a key made here, the CA's certificate for it naming the BIN.</summary>
    static X509Certificate2 SealOf(CertificateAuthority ca)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = EdsPrivateKey.RequestFor(NcaSubject.ForOrganisation(NomadPlatform.Infrastructure.Domain.Bin.Parse(Bin), "Migration service", "Migration service seal"),
            new CertificateRequest("CN=seal", key, HashAlgorithmName.SHA256).PublicKey);
        using var certificate = ca.Issue(request, EdsPurpose.Signing, Now, EdsHolderType.LegalEntity);
        return certificate.CopyWithPrivateKey(key);
    }

    static async Task<AuditSeal?> SealAsync(DatabaseProvider provider, string connection, X509Certificate2 seal)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        var now = DateTimeOffset.UtcNow;
        return await new AuditChain(db).SealHeadAsync(Bin, seal.SerialNumber, statement => EdsSigner.Sign(statement, seal, detached: true, now), now,
            CancellationToken.None);
    }

    async Task<string> ChainAsync(DatabaseProvider provider, int entries)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "auditseal");
        await AppendAndLinkAsync(provider, connection, entries, migrate: true);
        return connection;
    }

    static async Task AppendAndLinkAsync(DatabaseProvider provider, string connection, int count, bool migrate)
    {
        await using (var db = ProviderContexts.Create("Approval", provider, connection))
        {
            if (migrate) await db.Database.MigrateAsync();
            var caseId = Guid.NewGuid();
            for (var i = 0; i < count; i++)
                db.AuditLog.Add(AuditEntry.Of(DateTimeOffset.UtcNow, "870816371471", "MigrationOfficer", "read:rp-application", caseId, "940726400019", "rp-application"));
            await db.SaveChangesAsync();
        }
        await LinkAllAsync(provider, connection);
    }

    static async Task LinkAllAsync(DatabaseProvider provider, string connection)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        while (await new AuditChain(db).LinkAsync(5, CancellationToken.None) > 0) { }
    }

    static async Task TamperAsync(DatabaseProvider provider, string connection, string statement)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        Assert.True(await db.Database.ExecuteSqlRawAsync(statement) > 0);
    }

    async Task AssertBrokenAtAsync(DatabaseProvider provider, string connection, long entry, string why)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        var report = await AuditChainVerifier.VerifyAsync(db, [_ca.Root, _ca.Issuing], CancellationToken.None);
        Assert.Equal(entry, report.BrokenAt);
        Assert.Contains(why, report.Problem);

        var (exit, output) = await AuditVerifyCommand.RunAsync(provider, connection, CaFiles(_ca));
        Assert.Equal(1, exit);
        Assert.Contains($"BROKEN at entry {entry}:", output);
    }

    /// <summary>The CA's certificates as an operator holds them: the root as PEM, the issuing CA as DER.</summary>
    string[] CaFiles(CertificateAuthority ca)
    {
        var root = Path.Combine(_caFiles, "root.pem");
        var issuing = Path.Combine(_caFiles, "issuing.cer");
        File.WriteAllText(root, ca.Root.ExportCertificatePem());
        File.WriteAllBytes(issuing, ca.Issuing.RawData);
        return ["--ca", root, "--ca", issuing];
    }


    public void Dispose() => Directory.Delete(_caFiles, recursive: true);
}
