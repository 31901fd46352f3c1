using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace NomadPlatform.AppHost.Resources;

sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection($"{connectionString};Database=postgres;Timeout=2");
            await connection.OpenAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not accept connections yet.", exception);
        }
    }
}
