using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Outbox;

static partial class OutboxLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed; undelivered rows stay and are retried")]
    public static partial void RelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) took the outbox relay's lease and relays")]
    public static partial void LeaseTaken(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This instance ({Holder}) lost the outbox relay's lease to another and stands by")]
    public static partial void LeaseLost(ILogger logger, string holder);

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance ({Holder}) gave the outbox relay's lease back")]
    public static partial void LeaseReleased(ILogger logger, string holder);
}
