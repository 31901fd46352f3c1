using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NomadPlatform.Calendar;
using NomadPlatform.Infrastructure.Metrics;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Risk;

/// <summary>
/// Runs <see cref="CaseRiskScan"/> every <see cref="RiskOptions.ScanInterval"/> and reports the risks open by
/// kind. Of twin instances, the one holding the scan's lease scans (two would raise each risk twice); the
/// others report no readings, so the platform's figure is the holder's.
/// </summary>
public sealed class CaseRiskWatcher(IServiceScopeFactory scopes, ErrorQueueReader errorQueues, StageDeadlines deadlines, KazakhstanCalendar calendar,
    PlatformMetrics metrics, IOptions<RiskOptions> options, TimeProvider time, RiskAgency agency, ILogger<CaseRiskWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval);
        var lease = new SingleInstanceWork("case-risk-scan", SingleInstanceWork.HoldForRounds(options.Value.ScanInterval), scopes, time);
        try
        {
            do
            {
                try
                {
                    if (await lease.HoldAsync(stoppingToken)) await ScanAsync(stoppingToken);
                    else metrics.ObserveRisks(new Dictionary<string, long>());
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    RiskLog.ScanFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await lease.ReleaseAsync();
    }

    async Task ScanAsync(CancellationToken cancellationToken)
    {
        var failed = await errorQueues.PeekAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var (open, raised) = await new CaseRiskScan(db, deadlines, calendar, agency.Name, options.Value.Share).RunAsync(failed, time.GetUtcNow(), cancellationToken);
        foreach (var risk in raised)
        {
            metrics.RiskRaised(CaseRisk.KindName(risk.Kind));
            RiskLog.Raised(logger, risk.CaseId, CaseRisk.KindName(risk.Kind), risk.Subject, risk.Reason);
        }
        metrics.ObserveRisks(Enum.GetValues<CaseRiskKind>().ToDictionary(CaseRisk.KindName, kind => (long)open.Count(r => r.Kind == kind)));
    }
}
