namespace NomadPlatform.HubIntake.Features.DeadlineSweep;

static partial class DeadlineLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} review deadlines passed undone; breach events raised")]
    public static partial void Breached(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The deadline sweep failed; it runs again at the next tick")]
    public static partial void SweepFailed(ILogger logger, Exception exception);
}
