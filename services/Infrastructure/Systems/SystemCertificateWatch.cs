using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NomadPlatform.Infrastructure.Systems;

/// <summary>
/// Enrols this agency's system at first start, then keeps asking the CA for its certificate's status
/// (as a relying party would ask OCSP): a revocation is noticed within one interval; a certificate
/// due for renewal is renewed.
/// </summary>
public sealed partial class SystemCertificateWatch(
    SystemCertificate certificate, SystemTokens tokens, IHttpClientFactory http, IConfiguration configuration,
    IOptions<SystemOptions> options, TimeProvider time, ILogger<SystemCertificateWatch> logger) : BackgroundService
{
    public const string HttpClientName = "identity-certificate-status";
    static readonly TimeSpan UntilEnrolled = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogCheckFailed(logger, exception.Message);
            }
            var interval = certificate.Current is null ? UntilEnrolled : options.Value.CheckInterval;
            try
            {
                await Task.Delay(interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (certificate.AwaitsEnrolmentCode) return;
        var current = await certificate.GetAsync(cancellationToken);
        var status = await CertificateStatusLookup.GetAsync(http, configuration, current.SerialNumber, cancellationToken);
        if (status is { Revoked: true })
        {
            await certificate.RevokedAsync(current.SerialNumber, status.RevokedAt ?? time.GetUtcNow(), cancellationToken);
            tokens.Forget();
            return;
        }
        await certificate.RenewIfDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The system certificate check did not complete: {Reason}")]
    static partial void LogCheckFailed(ILogger logger, string reason);
}
