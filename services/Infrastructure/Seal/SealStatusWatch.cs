using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NomadPlatform.Infrastructure.Systems;

namespace NomadPlatform.Infrastructure.Seal;

/// <summary>
/// Asks the CA, every <c>Seal:CheckInterval</c> (default 5 minutes), for the status of the seal in use (as a relying party
/// asks OCSP). A revoked seal is dropped, key and all, so the next signature enrols a new one: what was
/// signed with the old one stays as it was, and the officers re-seal what a relying party refused.
/// </summary>
public sealed partial class SealStatusWatch(IServiceScopeFactory scopes, SealCache cache, IHttpClientFactory http, IConfiguration configuration,
    TimeProvider time, ILogger<SealStatusWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(configuration.GetValue("Seal:CheckInterval", TimeSpan.FromMinutes(5)), time, stoppingToken);
                await CheckAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogCheckFailed(logger, exception.Message);
            }
        }
    }

    async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (cache.Current is not { } seal) return;
        if ((await CertificateStatusLookup.GetAsync(http, configuration, seal.SerialNumber, cancellationToken))?.Revoked != true) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OrganisationSeal>().DropRevokedAsync(seal.SerialNumber, cancellationToken);
        LogRevoked(logger, seal.SerialNumber);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The organisation seal {SerialNumber} was revoked by the CA; it is dropped and a new one is enrolled at the next signature.")]
    static partial void LogRevoked(ILogger logger, string serialNumber);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The seal status check did not complete: {Reason}")]
    static partial void LogCheckFailed(ILogger logger, string reason);
}
