using NomadPlatform.Feed.Domain;

namespace NomadPlatform.Feed.Features.Push;

static partial class WebhookLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A push to partner {PartnerBin} failed at position {Position} (subscription {Status}): {Error}")]
    public static partial void DeliveryFailed(ILogger logger, string partnerBin, long position, WebhookStatus status, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of webhook deliveries failed; the next round tries again")]
    public static partial void RoundFailed(ILogger logger, Exception exception);
}
