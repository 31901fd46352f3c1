using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Deadlines;

static partial class DeadlineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Sweeper}: {Count} deadlines passed; acted on each once")]
    public static partial void Acted(ILogger logger, string sweeper, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Sweeper} failed; it runs again at the next tick")]
    public static partial void SweepFailed(ILogger logger, string sweeper, Exception exception);
}
