using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Outbox;

static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed; undelivered rows stay and are retried")]
    public static partial void RelayFailed(ILogger logger, Exception exception);
}
