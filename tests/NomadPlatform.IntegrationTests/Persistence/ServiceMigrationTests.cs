using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>Every service's migrations, per provider: they match the model, and apply on a real server.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ServiceMigrationTests(PostgresServer postgres)
{
    static readonly string[] Services = ["Identity", "HubIntake", "Approval", "Arrival", "PscIssuance", "Feed"];

    public static TheoryData<string, DatabaseProvider> ServiceProviders()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var service in Services)
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
            data.Add(service, provider);
        return data;
    }

    [Theory]
    [MemberData(nameof(ServiceProviders))]
    public void Migrations_match_the_model(string service, DatabaseProvider provider)
    {
        using var db = ProviderContexts.Create(service, provider, DesignTimeConnection(provider));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{service} on {provider}: the model changed; run scripts/add-migration.sh {service} <Name>");
    }

    [Theory]
    [InlineData("Identity")]
    [InlineData("HubIntake")]
    [InlineData("Approval")]
    [InlineData("Arrival")]
    [InlineData("PscIssuance")]
    [InlineData("Feed")]
    public async Task Migrations_apply_on_sqlite_and_postgresql_and_twice_changes_nothing(string service)
    {
        var connections = new Dictionary<DatabaseProvider, string>
        {
            [DatabaseProvider.Sqlite] = $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-migrate-{Guid.NewGuid():N}.db")}",
            [DatabaseProvider.Postgres] = postgres.ConnectionStringFor($"nomad_migrate_{service.ToLowerInvariant()}_{Guid.NewGuid():N}"[..40]),
        };
        foreach (var (provider, connection) in connections)
        {
            await using var db = ProviderContexts.Create(service, provider, connection);
            await db.Database.MigrateAsync();
            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.OutboxMessages.CountAsync());
            Assert.Equal(0, await db.InboxStates.CountAsync());
        }
    }

    static string DesignTimeConnection(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "Data Source=:memory:",
        DatabaseProvider.Postgres => "Host=localhost;Database=design",
        _ => "Server=localhost;Database=design;TrustServerCertificate=true",
    };
}
