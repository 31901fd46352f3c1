using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;
using NomadPlatform.IntegrationTests.Persistence;

namespace NomadPlatform.IntegrationTests.Audit;

/// <summary>
/// An agency's audit log as stored: linked into a chain, then tampered with straight in the database
/// as an insider would — one byte changed, one entry deleted, two reordered — and the verifier (the
/// library and the <c>audit-verify</c> command) names exactly the entry where the chain breaks.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class AuditChainTests(PostgresServer postgres)
{
    const int Entries = 12;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_linked_chain_is_intact_and_the_command_says_so(DatabaseProvider provider)
    {
        var connection = await LinkedChainAsync(provider);

        await using var db = ProviderContexts.Create("Approval", provider, connection);
        var report = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(Entries, report.Linked);
        Assert.Equal(0, report.Unlinked);
        var (exit, output) = await AuditVerifyCommand.RunAsync(provider, connection);
        Assert.Equal(0, exit);
        Assert.Contains($"{Entries} entries linked", output);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task One_byte_changed_in_one_entry_breaks_the_chain_at_that_entry(DatabaseProvider provider)
    {
        var connection = await LinkedChainAsync(provider);
        await TamperAsync(provider, connection, """UPDATE "AuditLog" SET "What" = 'documents: passport copY' WHERE "ChainIndex" = 5""");

        await AssertBrokenAtAsync(provider, connection, 5, "changed");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task One_entry_deleted_breaks_the_chain_where_it_stood(DatabaseProvider provider)
    {
        var connection = await LinkedChainAsync(provider);
        await TamperAsync(provider, connection, """DELETE FROM "AuditLog" WHERE "ChainIndex" = 7""");

        await AssertBrokenAtAsync(provider, connection, 7, "missing");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_entries_swapped_break_the_chain_at_the_first_of_them(DatabaseProvider provider)
    {
        var connection = await LinkedChainAsync(provider);
        await TamperAsync(provider, connection,
            """UPDATE "AuditLog" SET "ChainIndex" = -1 WHERE "ChainIndex" = 4""",
            """UPDATE "AuditLog" SET "ChainIndex" = 4 WHERE "ChainIndex" = 9""",
            """UPDATE "AuditLog" SET "ChainIndex" = 9 WHERE "ChainIndex" = -1""");

        await AssertBrokenAtAsync(provider, connection, 4, "does not follow");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Linkers_racing_put_every_entry_in_the_chain_exactly_once(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "audit");
        await AppendAsync(provider, connection, 0, migrate: true);
        // Rounds of three linkers at once over new entries: each loser's round fails whole, never half.
        for (var round = 0; round < 8; round++)
        {
            await AppendAsync(provider, connection, Entries, migrate: false);
            var linkers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
            {
                await using var db = ProviderContexts.Create("Approval", provider, connection);
                try { return await new AuditChain(db).LinkAsync(5, CancellationToken.None); }
                catch (DbUpdateException) { return 0; } // lost the race: the next round links what is left
            })).ToList();
            await Task.WhenAll(linkers);
        }
        await LinkAllAsync(provider, connection);

        await using var check = ProviderContexts.Create("Approval", provider, connection);
        var report = await AuditChainVerifier.VerifyAsync(check, CancellationToken.None);
        Assert.True(report.Intact, report.Problem);
        Assert.Equal(8 * Entries, report.Linked);
        Assert.Equal(0, report.Unlinked);
    }

    async Task<string> LinkedChainAsync(DatabaseProvider provider)
    {
        var connection = ProviderContexts.NewDatabase(provider, postgres, "audit");
        // Appended and linked in rounds, as writes arrive between the linker's ticks.
        await AppendAsync(provider, connection, Entries / 2, migrate: true);
        await LinkAllAsync(provider, connection);
        await AppendAsync(provider, connection, Entries / 2, migrate: false);
        await LinkAllAsync(provider, connection);
        return connection;
    }

    static async Task AppendAsync(DatabaseProvider provider, string connection, int count, bool migrate)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        if (migrate) await db.Database.MigrateAsync();
        var caseId = Guid.NewGuid();
        for (var i = 0; i < count; i++)
            db.AuditLog.Add(AuditEntry.Of(DateTimeOffset.UtcNow, "870816371471", "MigrationOfficer", i % 2 == 0 ? "read:case" : "write:decision",
                caseId, "940726400019", "documents: passport copy"));
        await db.SaveChangesAsync();
    }

    static async Task LinkAllAsync(DatabaseProvider provider, string connection)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        while (await new AuditChain(db).LinkAsync(5, CancellationToken.None) > 0) { }
    }

    static async Task TamperAsync(DatabaseProvider provider, string connection, params string[] statements)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        foreach (var statement in statements) Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(statement));
    }

    static async Task AssertBrokenAtAsync(DatabaseProvider provider, string connection, long entry, string why)
    {
        await using var db = ProviderContexts.Create("Approval", provider, connection);
        var report = await AuditChainVerifier.VerifyAsync(db, CancellationToken.None);
        Assert.Equal(entry, report.BrokenAt);
        Assert.Contains(why, report.Problem);
        Assert.Equal(entry - 1, report.Linked);

        var (exit, output) = await AuditVerifyCommand.RunAsync(provider, connection);
        Assert.Equal(1, exit);
        Assert.Contains($"BROKEN at entry {entry}:", output);
    }
}
