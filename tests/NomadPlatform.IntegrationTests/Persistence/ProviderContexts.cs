using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.IntegrationTests.Fixtures;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>Creates a service's provider-specific context (the one its migrations belong to) by convention.</summary>
static class ProviderContexts
{
    /// <summary>The connection string of a new, empty database on the provider: a SQLite file, or a database on the test server.</summary>
    public static string NewDatabase(DatabaseProvider provider, PostgresServer postgres, string name) => provider == DatabaseProvider.Sqlite
        ? $"Data Source={Path.Combine(Path.GetTempPath(), $"nomad-{name}-{Guid.NewGuid():N}.db")}"
        : postgres.ConnectionStringFor($"nomad_{name}_{Guid.NewGuid():N}");

    /// <summary>
    /// With a clock, the outbox interceptor is on: aggregates' events land in the outbox as in the service;
    /// <paramref name="interceptors"/> adds more (the audit's, a test's own).
    /// </summary>
    public static ServiceDbContext Create(string service, DatabaseProvider provider, string connectionString, TimeProvider? clock = null,
        params IInterceptor[] interceptors)
    {
        var typeName = $"NomadPlatform.{service}.Infrastructure.Migrations.{provider}.{service}{provider}DbContext, NomadPlatform.{service}";
        var contextType = Type.GetType(typeName, throwOnError: true)!;
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
            DatabaseProvider.Postgres => builder.UseNpgsql(connectionString),
            _ => builder.UseSqlServer(connectionString),
        };
        if (clock is not null) builder.AddInterceptors(new OutboxInterceptor(new OutboxSignal(), clock));
        builder.AddInterceptors(interceptors);
        return (ServiceDbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
