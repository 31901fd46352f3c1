using NomadPlatform.Approval.Domain;
using NomadPlatform.Approval.Domain.Refusal;

namespace NomadPlatform.Approval.Apis;

public sealed record RpApplicationView(
    Guid CaseId, string Iin, string EndorsementNumber, string Status, DateTimeOffset ReceivedAt, DateTimeOffset? FiledAt, DateTimeOffset? ReviewDueAt,
    DateTimeOffset? DecidedAt, string? NotificationNumber, DateTimeOffset? NotificationValidUntil, string? DutyPaymentReference,
    IReadOnlyList<RefusalGround> RefusalGrounds, DateOnly? PermitValidUntil)
{
    public static RpApplicationView Of(RpApplication a) => new(
        a.CaseId, a.Iin, a.EndorsementNumber, a.Status.ToString(), a.ReceivedAt, a.FiledAt, a.ReviewDueAt,
        a.DecidedAt, a.NotificationNumber, a.NotificationValidUntil, a.DutyPaymentReference, a.RefusalGrounds, a.PermitValidUntil);
}
