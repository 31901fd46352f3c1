using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Metrics;

static partial class MetricsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The case and outbox gauges could not be read; they keep their last values until the next reading.")]
    public static partial void GaugesUnread(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The error queues' depth could not be read from the broker; it keeps its last values until the next reading.")]
    public static partial void ErrorQueuesUnread(ILogger logger, Exception exception);
}
