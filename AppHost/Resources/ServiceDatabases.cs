using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// Each service's own database on the configured provider (<c>Database:Provider</c>): SQLite files by
/// default; PostgreSQL on a server of this machine that the AppHost starts, or on one given by
/// <c>ConnectionStrings:postgres</c> (each service gets its own database on it); SQL Server through
/// <c>ConnectionStrings:&lt;db&gt;</c>, or in a container where a Docker engine answers.
/// </summary>
public sealed class ServiceDatabases(IDistributedApplicationBuilder builder)
{
    public string Provider { get; } = builder.Configuration["Database:Provider"] ?? "Sqlite";

    /// <summary>The PostgreSQL server the AppHost runs itself, when no server was given.</summary>
    public IResourceBuilder<LocalPostgresResource>? LocalServer { get; } =
        builder.Configuration["Database:Provider"] == "Postgres" && string.IsNullOrEmpty(builder.Configuration.GetConnectionString("postgres"))
            ? builder.AddLocalPostgres("postgres")
            : null;

    ReferenceExpression? _sqlServerConnection;
    IResourceBuilder<ContainerResource>? _sqlServerContainer;

    /// <summary>The server a service must wait for, when the AppHost runs one.</summary>
    public IResourceBuilder<IResource>? Server => LocalServer ?? (IResourceBuilder<IResource>?)_sqlServerContainer;

    ReferenceExpression SqlServerContainer()
    {
        if (_sqlServerConnection is null)
        {
            _sqlServerContainer = builder.AddSqlServerContainer("sqlserver", out var connection);
            _sqlServerConnection = connection;
        }
        return _sqlServerConnection;
    }

    public IResourceBuilder<IResourceWithConnectionString> For(string name)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
            return builder.AddConnectionString(name);

        return Provider switch
        {
            "Sqlite" => builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={Path.Combine(DataDirectory.Resolve(builder, "sqlite"), name + ".db")}")),
            "Postgres" when LocalServer is not null =>
                builder.AddConnectionString(name, ReferenceExpression.Create($"{LocalServer.Resource.ConnectionString};Database={name}")),
            "Postgres" when builder.Configuration.GetConnectionString("postgres") is { Length: > 0 } server =>
                builder.AddConnectionString(name, ReferenceExpression.Create($"{server};Database={name}")),
            "SqlServer" when DockerEngine.IsAvailable() =>
                builder.AddConnectionString(name, ReferenceExpression.Create($"{SqlServerContainer()};Database={name}")),
            _ => throw new InvalidOperationException($"Database '{name}' on {Provider} needs ConnectionStrings:{name}" +
                (Provider == "Postgres" ? " or ConnectionStrings:postgres." : " (or a Docker engine for a SQL Server container).")),
        };
    }
}
