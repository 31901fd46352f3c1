using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Inbox;

static partial class InboxLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was already handled by {ConsumerId}; skipped")]
    public static partial void DuplicateSkipped(ILogger logger, Guid messageId, string consumerId);
}
