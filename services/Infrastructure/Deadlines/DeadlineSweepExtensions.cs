using Microsoft.Extensions.DependencyInjection;

namespace NomadPlatform.Infrastructure.Deadlines;

public static class DeadlineSweepExtensions
{
    /// <summary>Registers a sweeper (scoped) and the background service that runs it on the service's clock.</summary>
    public static IServiceCollection AddDeadlineSweep<TSweeper>(this IServiceCollection services) where TSweeper : class, IDeadlineSweeper =>
        services.AddScoped<TSweeper>().AddHostedService<DeadlineSweepService<TSweeper>>();
}
