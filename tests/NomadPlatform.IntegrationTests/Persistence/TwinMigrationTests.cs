using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>Twin instances of a service starting at once on a new PostgreSQL database: one creates and migrates it, the other waits and finds it done.</summary>
[Collection(BrokerCollection.Name)]
public sealed class TwinMigrationTests(PostgresServer postgres)
{
    [Fact]
    public async Task Twins_migrating_one_new_database_at_once_both_start_on_the_whole_schema()
    {
        var connection = ProviderContexts.NewDatabase(DatabaseProvider.Postgres, postgres, "twins");
        await using var first = ProviderContexts.Create("Approval", DatabaseProvider.Postgres, connection);
        await using var second = ProviderContexts.Create("Approval", DatabaseProvider.Postgres, connection);
        await using var third = ProviderContexts.Create("Approval", DatabaseProvider.Postgres, connection);

        await Task.WhenAll(
            PostgresMigrationLock.MigrateAsync(first, CancellationToken.None),
            PostgresMigrationLock.MigrateAsync(second, CancellationToken.None),
            PostgresMigrationLock.MigrateAsync(third, CancellationToken.None));

        Assert.Empty(await first.Database.GetPendingMigrationsAsync());
        Assert.Equal(first.Database.GetMigrations().Count(), (await second.Database.GetAppliedMigrationsAsync()).Count());
    }
}
