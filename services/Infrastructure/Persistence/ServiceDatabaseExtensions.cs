using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Audit;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Persistence;

public static class ServiceDatabaseExtensions
{
    /// <summary>
    /// Registers the service's own database on the configured provider. Each provider has its own
    /// context subclass so that its migrations live apart (Migrations/Sqlite, /Postgres, /SqlServer).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TPostgres, TSqlServer>(
        this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TPostgres : TContext
        where TSqlServer : TContext
    {
        var provider = builder.Configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? (provider == DatabaseProvider.Sqlite
                ? $"Data Source={connectionName}.db"
                : throw new InvalidOperationException($"Connection string '{connectionName}' is required for {provider}."));

        AuditSwitch.Check(builder);
        var services = builder.Services;
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxInterceptor>();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<PersonTelemetry>();
        services.AddSingleton<AuditInterceptor>();
        services.AddCaseMetrics();

        // Contexts come from a pool, their options (provider, interceptors, warnings) built once: a new context
        // per scope looked up EF's internal services again (5–10 % of a consuming service's CPU in the profile),
        // and rebuilding the options per request showed in every profile before that. The interceptors are
        // singletons and hold nothing per context; a context goes back to the pool with its tracker cleared.
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<TContext, TSqlite>((sp, o) => o.UseSqlite(connectionString).Configure(sp).AddInterceptors(new SqliteBusyTimeout()));
                services.AddOptions<SqliteWalOptions>().BindConfiguration("Database:Sqlite");
                services.AddHostedService<SqliteWalCheckpointer>();
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<TContext, TPostgres>((sp, o) => o.UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure()).Configure(sp));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<TContext, TSqlServer>((sp, o) => o.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure()).Configure(sp));
                break;
        }

        services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<AuditTrail>();
        services.AddHostedService<AuditChainLinker>();
        services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: ["ready"]);
        return builder;
    }

    static DbContextOptionsBuilder Configure(this DbContextOptionsBuilder options, IServiceProvider services) => options
        // The stage interceptor after the audit's: the audit names the fields the domain changed, not the stage columns.
        .AddInterceptors(services.GetRequiredService<OutboxInterceptor>(), services.GetRequiredService<AuditInterceptor>(),
            services.GetRequiredService<CaseStageInterceptor>())
        // A failed command or save is the caller's to judge: races it retries (a unique number taken a
        // moment earlier) are not errors, and one it cannot handle is logged where it surfaces.
        .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug)));

    /// <summary>Applies the provider's migrations (development, tests, the AppHost's embedded defaults).</summary>
    public static async Task MigrateServiceDatabaseAsync<TContext>(this IServiceProvider services, CancellationToken cancellationToken = default)
        where TContext : ServiceDbContext
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        if (db.Database.IsSqlite()) SqliteFiles.EnsureDirectory(db.Database.GetConnectionString());
        if (db.Database.IsNpgsql()) await PostgresMigrationLock.MigrateAsync(db, cancellationToken);
        else await db.Database.MigrateAsync(cancellationToken);
        // WAL: readers never block the writer; synchronous=FULL (the default) keeps commits through a power cut.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
