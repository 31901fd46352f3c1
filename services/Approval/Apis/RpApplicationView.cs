using NomadPlatform.Approval.Domain;

namespace NomadPlatform.Approval.Apis;

public sealed record RpApplicationView(
    Guid CaseId, string Iin, string EndorsementNumber, string Status, DateTimeOffset ReceivedAt, DateTimeOffset ReviewDueAt,
    DateTimeOffset? DecidedAt, string? NotificationNumber, DateTimeOffset? NotificationValidUntil)
{
    public static RpApplicationView Of(RpApplication a) => new(
        a.CaseId, a.Iin, a.EndorsementNumber, a.Status.ToString(), a.ReceivedAt, a.ReviewDueAt,
        a.DecidedAt, a.NotificationNumber, a.NotificationValidUntil);
}
