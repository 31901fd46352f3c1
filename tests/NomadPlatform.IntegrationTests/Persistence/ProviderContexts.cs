using Microsoft.EntityFrameworkCore;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.IntegrationTests.Persistence;

/// <summary>Creates a service's provider-specific context (the one its migrations belong to) by convention.</summary>
static class ProviderContexts
{
    public static ServiceDbContext Create(string service, DatabaseProvider provider, string connectionString)
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
        return (ServiceDbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
