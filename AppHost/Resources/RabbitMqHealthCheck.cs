using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace NomadPlatform.AppHost.Resources;

/// <summary>Healthy once the broker completes an AMQP handshake (its port opens before it is ready).</summary>
sealed class RabbitMqHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ does not accept connections yet.", exception);
        }
    }
}
