using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.PscIssuance.Domain;

/// <summary>The residence permit issued at a Public Service Center, with the holder's permanent-residence registration.</summary>
public sealed class ResidencePermit : AggregateRoot
{
    public const int MaximumValidityYears = 10;

    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string PermitNumber { get; private set; } = "";
    public DateOnly ValidFrom { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public string RegisteredAddress { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }

    ResidencePermit() { }

    /// <summary>Valid 10 years from issue, or until the passport expires if that comes first.</summary>
    public static DateOnly ValidityEnd(DateOnly issuedOn, DateOnly passportExpiresOn)
    {
        var tenYears = issuedOn.AddYears(MaximumValidityYears);
        return passportExpiresOn < tenYears ? passportExpiresOn : tenYears;
    }

    public static ResidencePermit Issue(Guid caseId, string iin, string address, DateOnly passportExpiresOn, string officerIin, DateTimeOffset now)
    {
        var issuedOn = DateOnly.FromDateTime(now.UtcDateTime);
        if (passportExpiresOn <= issuedOn)
            throw new CaseRuleViolation("psc.passport-expired", $"The passport expired on {passportExpiresOn:yyyy-MM-dd}; no permit can be issued on it.");

        var permit = new ResidencePermit
        {
            CaseId = caseId,
            Iin = iin,
            PermitNumber = $"RP-{now:yyyy}-{caseId.ToString("N")[^8..].ToUpperInvariant()}",
            ValidFrom = issuedOn,
            ValidUntil = ValidityEnd(issuedOn, passportExpiresOn),
            RegisteredAddress = address,
            IssuedAt = now,
        };
        permit.Record(new ResidencePermitIssued
        {
            CaseId = caseId,
            Iin = iin,
            PermitNumber = permit.PermitNumber,
            ValidFrom = permit.ValidFrom,
            ValidUntil = permit.ValidUntil,
            OccurredAt = now,
            OfficerIin = officerIin,
        });
        permit.Record(new PermanentResidenceRegistered { CaseId = caseId, Iin = iin, Address = address, OccurredAt = now, OfficerIin = officerIin });
        return permit;
    }
}
