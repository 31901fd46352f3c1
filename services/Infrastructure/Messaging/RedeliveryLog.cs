using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Messaging;

static partial class RedeliveryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} failed on {Queue}; redelivery {Attempt} in {Delay}")]
    public static partial void Parked(ILogger logger, Guid? messageId, string queue, TimeSpan delay, int attempt, Exception exception);
}
