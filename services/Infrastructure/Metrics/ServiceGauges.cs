using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Metrics;

/// <summary>
/// Reads, every <c>Metrics:GaugeInterval</c> (default 15 s of real time), the cases open per stage and
/// the outbox's backlog from the agency's own database: indexed counts, none on a request's path.
/// </summary>
public sealed class ServiceGauges(IServiceScopeFactory scopes, PlatformMetrics metrics, TimeProvider time, IConfiguration configuration,
    ILogger<ServiceGauges> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Metrics:GaugeInterval", TimeSpan.FromSeconds(15)));
        try
        {
            do
            {
                try
                {
                    await ReadAsync(stoppingToken);
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    MetricsLog.GaugesUnread(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    async Task ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        metrics.ObserveOpenCases(await CaseCensus.OpenByStageAsync(db, cancellationToken));
        var (pending, oldest) = await CaseCensus.OutboxAsync(db, time.GetUtcNow(), cancellationToken);
        metrics.ObserveOutbox(pending, oldest);
    }
}
