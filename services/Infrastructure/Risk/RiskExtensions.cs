using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NomadPlatform.Calendar;

namespace NomadPlatform.Infrastructure.Risk;

public static class RiskExtensions
{
    /// <summary>The watcher of this agency's cases: failed messages always, stalled stages where <see cref="AddStageDeadlines"/> named them.</summary>
    public static IServiceCollection AddCaseRiskWatch(this IServiceCollection services, string agency)
    {
        services.AddOptions<RiskOptions>().BindConfiguration("Risk");
        services.AddSingleton(new RiskAgency(agency));
        services.AddSingleton<ErrorQueueReader>();
        services.TryAddSingleton(StageDeadlines.None);
        services.TryAddSingleton(_ => KazakhstanCalendar.Load());
        services.AddHostedService<CaseRiskWatcher>();
        return services;
    }

    public static IServiceCollection AddStageDeadlines(this IServiceCollection services, IReadOnlyDictionary<string, StageDeadline> byStage) =>
        services.AddSingleton(new StageDeadlines(byStage));
}
