using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain;

/// <summary>The electronic residence-permit application under the migration service's review (Phase 2).</summary>
public sealed class RpApplication : AggregateRoot
{
    public const int ReviewDays = 45;
    public const int NotificationValidDays = 30;

    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string EndorsementNumber { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public RpApplicationStatus Status { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset ReviewDueAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? NotificationNumber { get; private set; }
    public DateTimeOffset? NotificationValidUntil { get; private set; }

    RpApplication() { }

    public static RpApplication Receive(Guid caseId, string iin, string endorsementNumber, DateOnly passportExpiresOn, DateTimeOffset now) => new()
    {
        CaseId = caseId,
        Iin = iin,
        EndorsementNumber = endorsementNumber,
        PassportExpiresOn = passportExpiresOn,
        Status = RpApplicationStatus.UnderReview,
        ReceivedAt = now,
        ReviewDueAt = now.AddDays(ReviewDays),
    };

    public void Approve(DateTimeOffset now)
    {
        if (Status != RpApplicationStatus.UnderReview)
            throw new CaseRuleViolation($"An application that is {Status} cannot be approved.");

        Status = RpApplicationStatus.Approved;
        DecidedAt = now;
        NotificationNumber = $"MS-{now:yyyy}-{CaseId.ToString("N")[^8..].ToUpperInvariant()}";
        NotificationValidUntil = now.AddDays(NotificationValidDays);
        Record(new PreliminaryApprovalGranted { CaseId = CaseId, Iin = Iin, OccurredAt = now });
        Record(new NotificationIssued
        {
            CaseId = CaseId,
            Iin = Iin,
            NotificationNumber = NotificationNumber,
            ValidUntil = NotificationValidUntil.Value,
            PassportExpiresOn = PassportExpiresOn,
            OccurredAt = now,
        });
    }
}
