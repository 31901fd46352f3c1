using NomadPlatform.Approval.Domain.Refusal;
using NomadPlatform.Approval.Domain.StateDuty;
using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain;

/// <summary>
/// The electronic residence-permit application (Phase 2): opened when Astana Hub's endorsement
/// arrives, filed by the applicant with the form and the paid state duty, reviewed within 45
/// calendar days of filing, then approved (notification valid 30 days) or refused on statutory grounds.
/// </summary>
public sealed class RpApplication : AggregateRoot, IStagedCase
{
    public const int ReviewDays = 45;
    public const int NotificationValidDays = 30;

    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string EndorsementNumber { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public RpApplicationStatus Status { get; private set; }

    /// <summary>Open while the applicant files or the officers review; once decided, the case is Arrival's or ended.</summary>
    public CaseStage Stage => CaseStage.Of("approval", Status, open: Status is RpApplicationStatus.AwaitingFiling or RpApplicationStatus.UnderReview);
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? FiledAt { get; private set; }
    public DateTimeOffset? ReviewDueAt { get; private set; }
    public RpApplicationForm? Form { get; private set; }
    public FilingSignature? FilingSignature { get; private set; }
    public string? DutyPaymentReference { get; private set; }
    public List<RefusalGround> RefusalGrounds { get; private set; } = [];
    public DateTimeOffset? ReviewBreachedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    /// <summary>Until when the principal's residence permit runs, as the PSC announced it.</summary>
    public DateOnly? PermitValidUntil { get; private set; }
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
        Status = RpApplicationStatus.AwaitingFiling,
        ReceivedAt = now,
    };

    /// <summary>The applicant's own act: the form and the payment, as the applicant's signature over them shows.</summary>
    public void File(RpApplicationForm form, DutyPayment payment, FilingSignature signature, DateTimeOffset now)
    {
        Require(RpApplicationStatus.AwaitingFiling, new("approval.act.be-filed", $"be filed"));
        if (payment.CaseId != CaseId) throw new CaseRuleViolation("approval.payment-for-other-case", $"Payment {payment.Reference} was made for case {payment.CaseId}.");
        Status = RpApplicationStatus.UnderReview;
        Form = form;
        FilingSignature = signature;
        DutyPaymentReference = payment.Reference;
        FiledAt = now;
        ReviewDueAt = now.AddDays(ReviewDays);
        Record(new RpApplicationFiled { CaseId = CaseId, Iin = Iin, ReviewDueAt = ReviewDueAt.Value, OccurredAt = now });
    }

    public void Refuse(IReadOnlyList<RefusalGround> grounds, string officerIin, DateTimeOffset now)
    {
        Require(RpApplicationStatus.UnderReview, new("approval.act.be-refused", $"be refused"));
        if (grounds.Count == 0) throw new CaseRuleViolation("approval.refusal-needs-ground", $"A refusal cites at least one statutory ground.");
        Status = RpApplicationStatus.Refused;
        DecidedAt = now;
        RefusalGrounds = [.. grounds];
        Record(new RpApplicationRefused { CaseId = CaseId, Iin = Iin, Grounds = grounds.Select(g => new CitedGround(g.Code, g.Text)).ToList(), OccurredAt = now, OfficerIin = officerIin });
    }

    public void Approve(string officerIin, DateTimeOffset now)
    {
        Require(RpApplicationStatus.UnderReview, new("approval.act.be-approved", $"be approved"));

        Status = RpApplicationStatus.Approved;
        DecidedAt = now;
        NotificationNumber = $"MS-{now:yyyy}-{CaseId.ToString("N")[^8..].ToUpperInvariant()}";
        NotificationValidUntil = now.AddDays(NotificationValidDays);
        Record(new PreliminaryApprovalGranted { CaseId = CaseId, Iin = Iin, OccurredAt = now, OfficerIin = officerIin });
        Record(new NotificationIssued
        {
            CaseId = CaseId,
            Iin = Iin,
            NotificationNumber = NotificationNumber,
            ValidUntil = NotificationValidUntil.Value,
            PassportExpiresOn = PassportExpiresOn,
            OccurredAt = now,
            OfficerIin = officerIin,
        });
    }

    /// <summary>The 45 days passed without a decision: flagged once, the review goes on.</summary>
    public void FlagReviewBreach(DateTimeOffset now)
    {
        Require(RpApplicationStatus.UnderReview, new("approval.act.miss-its-review-deadline", $"miss its review deadline"));
        if (ReviewBreachedAt is not null || now <= ReviewDueAt) return;
        ReviewBreachedAt = now;
        Record(new MigrationReviewDeadlineMissed { CaseId = CaseId, DueAt = ReviewDueAt!.Value, OccurredAt = now });
    }

    /// <summary>No arrival within the notification's validity: cancelled, and the person banned from a new application for 12 months.</summary>
    public ReapplicationBan CancelForNoShow(DateTimeOffset windowClosedAt, DateTimeOffset now)
    {
        Require(RpApplicationStatus.Approved, new("approval.act.be-cancelled-for-not-arriving", $"be cancelled for not arriving"));
        Status = RpApplicationStatus.Cancelled;
        CancelledAt = now;
        var ban = ReapplicationBan.Record(NomadPlatform.Infrastructure.Domain.Iin.Parse(Iin), BanReason.NoShowCancellation, DateOnly.FromDateTime(windowClosedAt.UtcDateTime), CaseId, now);
        Record(new RpApplicationCancelled
        {
            CaseId = CaseId,
            Iin = Iin,
            Reason = $"No arrival in Kazakhstan before the notification expired ({windowClosedAt:yyyy-MM-dd}).",
            ReapplicationAllowedFrom = ban.EndsOn,
            OccurredAt = now,
        });
        return ban;
    }

    public void RecordPermit(DateOnly validUntil)
    {
        Require(RpApplicationStatus.Approved, new("approval.act.have-a-permit-issued", $"have a permit issued"));
        PermitValidUntil = validUntil;
    }

    void Require(RpApplicationStatus expected, Reason action)
    {
        if (Status != expected)
            throw new CaseRuleViolation("approval.wrong-status", $"An application that is {Status} cannot {action}; it must be {expected}.");
    }
}
