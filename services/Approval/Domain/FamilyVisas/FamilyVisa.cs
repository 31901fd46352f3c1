using NomadPlatform.Contracts.Approval;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.Approval.Domain.FamilyVisas;

/// <summary>
/// A C2 family-reunification visa linked to a principal's case: issued for one year with the right
/// to work, renewable year by year in its last 90 days, and never beyond the principal's permit.
/// </summary>
public sealed class FamilyVisa : AggregateRoot
{
    public const int RenewalWindowDays = 90;

    public string Number { get; private set; } = "";
    public Guid PrincipalCaseId { get; private set; }
    public string MemberName { get; private set; } = "";
    public FamilyRelationship Relationship { get; private set; }
    public DateOnly MemberBirthDate { get; private set; }
    public string MemberPassportNumber { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public int Renewals { get; private set; }
    public bool RightToWork { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }

    FamilyVisa() { }

    public static FamilyVisa Issue(string number, Guid principalCaseId, DateOnly? principalPermitValidUntil, string memberName, FamilyRelationship relationship,
        DateOnly memberBirthDate, string memberPassportNumber, string officerIin, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var permitEnds = RequireValidPermit(principalPermitValidUntil, today);
        if (memberBirthDate >= today) throw new CaseRuleViolation("approval.birth-date-future", $"The family member's birth date must be in the past.");
        var visa = new FamilyVisa
        {
            Number = number,
            PrincipalCaseId = principalCaseId,
            MemberName = memberName,
            Relationship = relationship,
            MemberBirthDate = memberBirthDate,
            MemberPassportNumber = memberPassportNumber,
            ValidFrom = today,
            ValidUntil = Earlier(today.AddYears(1), permitEnds),
            RightToWork = true,
            IssuedAt = now,
        };
        visa.Record(new FamilyVisaIssued
        {
            CaseId = principalCaseId,
            VisaNumber = number,
            MemberName = memberName,
            Relationship = relationship.ToString(),
            ValidFrom = visa.ValidFrom,
            ValidUntil = visa.ValidUntil,
            RightToWork = true,
            OccurredAt = now,
            OfficerIin = officerIin,
        });
        return visa;
    }

    public void Renew(DateOnly? principalPermitValidUntil, string officerIin, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (today > ValidUntil)
            throw new CaseRuleViolation("approval.visa-expired", $"Visa {Number} expired on {ValidUntil:yyyy-MM-dd}; apply for a new one.");
        if (today < ValidUntil.AddDays(-RenewalWindowDays))
            throw new CaseRuleViolation("approval.visa-renewal-window", $"Visa {Number} is renewed in its last {RenewalWindowDays} days, from {ValidUntil.AddDays(-RenewalWindowDays):yyyy-MM-dd}.");
        var permitEnds = RequireValidPermit(principalPermitValidUntil, today);
        if (ValidUntil >= permitEnds)
            throw new CaseRuleViolation("approval.visa-runs-to-permit-end", $"Visa {Number} already runs to the end of the principal's permit ({permitEnds:yyyy-MM-dd}).");
        ValidUntil = Earlier(ValidUntil.AddYears(1), permitEnds);
        Renewals++;
        Record(new FamilyVisaRenewed { CaseId = PrincipalCaseId, VisaNumber = Number, ValidUntil = ValidUntil, Renewals = Renewals, OccurredAt = now, OfficerIin = officerIin });
    }

    static DateOnly RequireValidPermit(DateOnly? permitValidUntil, DateOnly today) =>
        permitValidUntil is { } ends && ends > today
            ? ends
            : throw (permitValidUntil is null
                ? new CaseRuleViolation("approval.no-permit-yet", $"The principal holds no residence permit yet; a C2 family visa follows the issued permit.")
                : new CaseRuleViolation("approval.permit-ended", $"The principal's permit ended on {permitValidUntil:yyyy-MM-dd}."));

    static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;
}
