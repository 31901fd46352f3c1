using Microsoft.Extensions.Configuration;

namespace NomadPlatform.AppHost.Resources;

/// <summary>
/// Each service's own database on the configured provider (<c>Database:Provider</c>): SQLite files by
/// default; PostgreSQL or SQL Server through connection strings (<c>ConnectionStrings:&lt;db&gt;</c>, or
/// <c>ConnectionStrings:postgres</c> for one PostgreSQL server holding every service's database).
/// </summary>
public sealed class ServiceDatabases(IDistributedApplicationBuilder builder)
{
    public string Provider { get; } = builder.Configuration["Database:Provider"] ?? "Sqlite";

    public IResourceBuilder<IResourceWithConnectionString> For(string name)
    {
        if (!string.IsNullOrEmpty(builder.Configuration.GetConnectionString(name)))
            return builder.AddConnectionString(name);

        return Provider switch
        {
            "Sqlite" => builder.AddConnectionString(name, ReferenceExpression.Create($"Data Source={Path.Combine(DataDirectory.Resolve(builder, "sqlite"), name + ".db")}")),
            "Postgres" when builder.Configuration.GetConnectionString("postgres") is { Length: > 0 } server =>
                builder.AddConnectionString(name, ReferenceExpression.Create($"{server};Database={name}")),
            _ => throw new InvalidOperationException($"Database '{name}' on {Provider} needs ConnectionStrings:{name}" +
                (Provider == "Postgres" ? " or ConnectionStrings:postgres." : ".")),
        };
    }
}
