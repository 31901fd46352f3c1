using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>Unhealthy while this agency's system has no certificate it may use: it cannot call another agency.</summary>
public sealed class SystemCertificateHealth(SystemCertificate certificate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(certificate.Current is { } current && certificate.Problem is null
            ? HealthCheckResult.Healthy($"System certificate {current.SerialNumber} for BIN {certificate.Bin}, valid until {current.NotAfter.ToUniversalTime():O}.")
            : HealthCheckResult.Unhealthy(certificate.Problem ?? "This system has not enrolled its certificate with the national CA yet."));
}
