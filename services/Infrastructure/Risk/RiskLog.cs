using Microsoft.Extensions.Logging;

namespace NomadPlatform.Infrastructure.Risk;

static partial class RiskLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId} is at risk ({Kind}, {Subject}): {Reason}")]
    public static partial void Raised(ILogger logger, Guid caseId, string kind, string subject, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The case-risk scan failed; it runs again at the next interval.")]
    public static partial void ScanFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Moved} messages moved back from {Queue} by operator {OperatorIin}")]
    public static partial void Redelivered(ILogger logger, int moved, string queue, string operatorIin);
}
