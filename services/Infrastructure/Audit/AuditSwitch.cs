using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NomadPlatform.ServiceDefaults;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// <c>Audit:Enabled</c> (default on). Off, no entry is appended: it exists to measure what auditing costs
/// (the benchmark's <c>--audit off</c>) and is refused outside the Testing environment, so no deployment
/// runs with gaps in its log.
/// </summary>
public static class AuditSwitch
{
    public static bool IsOn(IConfiguration configuration) => configuration.GetValue("Audit:Enabled", true);

    public static void Check(IHostApplicationBuilder builder)
    {
        if (!IsOn(builder.Configuration) && !builder.Environment.IsEnvironment(TestHostClock.Environments.Testing))
            throw new InvalidOperationException("Audit:Enabled=false only measures what auditing costs; it is refused outside the Testing environment.");
    }
}
