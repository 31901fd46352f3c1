using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Eds.Signing;
using NomadPlatform.Infrastructure.Outbox;
using NomadPlatform.Infrastructure.Persistence;
using NomadPlatform.Infrastructure.Seal;

namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Every <c>Audit:SealInterval</c> (default an hour, and once at start) signs the audit chain's head
/// with the organisation's seal, when entries were linked since the last seal. A seal fixes how long
/// the chain was: entries removed from its end afterwards are caught by the verifier, which a hash
/// chain alone cannot do. Each seal is also written to the service's log, a copy outside its database.
/// Of twin instances starting a round together, the one holding the sealer's lease seals.
/// </summary>
public sealed partial class AuditChainSealer(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AuditChainSealer> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Audit:SealInterval", TimeSpan.FromHours(1));
        // The linker's first round goes first, so a restart seals what was linked before it.
        var linkInterval = configuration.GetValue("Audit:LinkInterval", TimeSpan.FromSeconds(2));
        // Held for seconds, not hours: a restarted instance seals at its start as before. Twins whose hours
        // fall apart may each seal once an hour, and only when entries were linked since the last seal.
        var lease = new SingleInstanceWork("audit-chain-seal", SingleInstanceWork.HoldForRounds(linkInterval), scopes, time);
        try
        {
            await Task.Delay(linkInterval + linkInterval, time, stoppingToken);
            using var timer = new PeriodicTimer(interval, time);
            do
            {
                await SealOnceAsync(lease, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await lease.ReleaseAsync();
    }

    async Task SealOnceAsync(SingleInstanceWork lease, CancellationToken cancellationToken)
    {
        try
        {
            if (!await lease.HoldAsync(cancellationToken)) return;
            await using var scope = scopes.CreateAsyncScope();
            var seal = scope.ServiceProvider.GetRequiredService<OrganisationSeal>();
            var key = await seal.GetAsync(cancellationToken);
            var now = time.GetUtcNow();
            var chain = new AuditChain(scope.ServiceProvider.GetRequiredService<ServiceDbContext>());
            if (await chain.SealHeadAsync(seal.Bin, key.SerialNumber, statement => EdsSigner.Sign(statement, key, detached: true, now), now, cancellationToken)
                is { } sealedHead)
                Sealed(logger, sealedHead.ChainIndex, Convert.ToHexStringLower(sealedHead.HeadHash), key.SerialNumber);
        }
        catch (DbUpdateException)
        {
            // Another instance sealed this head a moment earlier.
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            SealFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain sealed up to entry {ChainIndex}, head {HeadHash}, with seal {SealSerial}")]
    static partial void Sealed(ILogger logger, long chainIndex, string headHash, string sealSerial);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sealing the audit chain failed; the next round tries again")]
    static partial void SealFailed(ILogger logger, Exception exception);
}
