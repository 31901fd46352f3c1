using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>Unhealthy while this agency's system has no certificate it may use: it cannot call another agency.</summary>
public sealed class SystemCertificateHealth(SystemCertificate certificate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = certificate.Problem; // read first: a revocation sets it before it drops the certificate
        var current = certificate.Current;
        return Task.FromResult(problem is null && current is not null
            ? HealthCheckResult.Healthy($"System certificate {current.SerialNumber} for BIN {certificate.Bin}, valid until {current.NotAfter.ToUniversalTime():O}.")
            : HealthCheckResult.Unhealthy(problem ?? "This system has not enrolled its certificate with the national CA yet."));
    }
}
