using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Links the service's new audit entries into its chain every <c>Audit:LinkInterval</c> (default two
/// seconds): appending stays one insert in the writer's transaction, and the chain's order is settled
/// here, by one linker at a time: of twin instances, the one holding the linker's lease.
/// </summary>
public sealed partial class AuditChainLinker(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AuditChainLinker> logger)
    : BackgroundService
{
    const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Audit:LinkInterval", TimeSpan.FromSeconds(2));
        using var timer = new PeriodicTimer(interval, time);
        var lease = new SingleInstanceWork("audit-chain-link", SingleInstanceWork.HoldForRounds(interval), scopes, time);
        try
        {
            do
            {
                try
                {
                    if (!await lease.HoldAsync(stoppingToken)) continue;
                    await using var scope = scopes.CreateAsyncScope();
                    var chain = new AuditChain(scope.ServiceProvider.GetRequiredService<ServiceDbContext>());
                    while (await chain.LinkAsync(Batch, stoppingToken) == Batch) { }
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    LinkFailed(logger, exception);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await lease.ReleaseAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Linking the audit log failed; the next round tries again")]
    static partial void LinkFailed(ILogger logger, Exception exception);
}
