namespace NomadPlatform.HubIntake.Features.DeadlineSweep;

/// <summary>Runs the deadline sweep on the service's clock (<c>Deadlines:SweepInterval</c>, default one minute).</summary>
public sealed class DeadlineSweepService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<DeadlineSweepService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Deadlines:SweepInterval", TimeSpan.FromMinutes(1));
        using var timer = new PeriodicTimer(interval, time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var flagged = await scope.ServiceProvider.GetRequiredService<DeadlineSweeper>().SweepAsync(stoppingToken);
                if (flagged > 0) DeadlineLog.Breached(logger, flagged);
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                DeadlineLog.SweepFailed(logger, exception);
                await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
