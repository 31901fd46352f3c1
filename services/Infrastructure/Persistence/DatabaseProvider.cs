namespace NomadPlatform.Infrastructure.Persistence;

/// <summary>Which engine a service's database runs on (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
