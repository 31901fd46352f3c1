using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using NomadPlatform.Infrastructure.Security;
using NomadPlatform.Infrastructure.Staff;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// The agency's metrics in Prometheus's text format, for a scraper the agency runs itself (the dashboard
/// gets the same metrics over OTLP). Counts only — no case ids, no IINs — but still the agency's operators'
/// alone: its staff role <c>Operator</c>.
/// </summary>
public static class MetricsApi
{
    public const string Path = "/metrics";

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(AccessPolicies.Officer(StaffRoleCatalogue.Operator));
        return app;
    }
}
