using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NomadPlatform.Infrastructure.Metrics;

public static class MetricsExtensions
{
    /// <summary>The case stage columns' counters and the gauges read from the agency's own database.</summary>
    public static IServiceCollection AddCaseMetrics(this IServiceCollection services)
    {
        services.TryAddSingleton<PlatformMetrics>();
        services.AddSingleton<CaseStageInterceptor>();
        services.AddHostedService<ServiceGauges>();
        return services;
    }
}
