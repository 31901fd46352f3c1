using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Outbox;

namespace NomadPlatform.Infrastructure.Deadlines;

/// <summary>
/// Runs a deadline sweeper on the service's clock (<c>Deadlines:SweepInterval</c>, default one minute),
/// in a fresh scope each time; a failed sweep is logged and tried again at the next tick. Of twin
/// instances, the one holding the sweeper's lease sweeps (two would race for the same overdue cases).
/// </summary>
public sealed class DeadlineSweepService<TSweeper>(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<DeadlineSweepService<TSweeper>> logger)
    : BackgroundService where TSweeper : IDeadlineSweeper
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Deadlines:SweepInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, time);
        var lease = new SingleInstanceWork($"deadlines:{typeof(TSweeper).Name}", SingleInstanceWork.HoldForRounds(interval), scopes, time);
        do
        {
            try
            {
                if (!await lease.HoldAsync(stoppingToken)) continue;
                await using var scope = scopes.CreateAsyncScope();
                var acted = await scope.ServiceProvider.GetRequiredService<TSweeper>().SweepAsync(stoppingToken);
                if (acted > 0) DeadlineLog.Acted(logger, typeof(TSweeper).Name, acted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception)
            {
                DeadlineLog.SweepFailed(logger, typeof(TSweeper).Name, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
        await lease.ReleaseAsync();
    }

    static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
