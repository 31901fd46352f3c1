using NomadPlatform.Contracts.HubIntake;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>An application on the Astana Hub portal; its id is the case id every agency uses.</summary>
public sealed class HubApplication : AggregateRoot
{
    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string ApplicantName { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public HubApplicationStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public string? EndorsementNumber { get; private set; }
    public DateTimeOffset? EndorsedAt { get; private set; }
    public ManifestSignature ManifestSignature { get; private set; } = null!;

    HubApplication() { }

    /// <summary>The programme asks for a passport valid more than 180 calendar days after filing.</summary>
    public const int MinimumPassportValidityDays = 180;

    public static HubApplication Submit(Iin iin, string applicantName, DateOnly passportExpiresOn, ManifestSignature signature, DateTimeOffset now)
    {
        var filedOn = DateOnly.FromDateTime(now.UtcDateTime);
        if (passportExpiresOn <= filedOn.AddDays(MinimumPassportValidityDays))
            throw new CaseRuleViolation($"The passport must be valid more than {MinimumPassportValidityDays} days after the filing date ({filedOn:yyyy-MM-dd}); it expires on {passportExpiresOn:yyyy-MM-dd}.");

        var application = new HubApplication
        {
            CaseId = Guid.CreateVersion7(now),
            Iin = iin.Value,
            ApplicantName = applicantName,
            PassportExpiresOn = passportExpiresOn,
            Status = HubApplicationStatus.Submitted,
            SubmittedAt = now,
            ManifestSignature = signature,
        };
        application.Record(new ApplicationSubmitted
        {
            CaseId = application.CaseId,
            Iin = application.Iin,
            ApplicantName = applicantName,
            PassportExpiresOn = passportExpiresOn,
            OccurredAt = now,
        });
        return application;
    }

    public void Endorse(DateTimeOffset now)
    {
        if (Status != HubApplicationStatus.Submitted)
            throw new CaseRuleViolation($"An application that is {Status} cannot be endorsed.");

        Status = HubApplicationStatus.Endorsed;
        EndorsedAt = now;
        EndorsementNumber = $"AH-{now:yyyy}-{CaseId.ToString("N")[^8..].ToUpperInvariant()}";
        Record(new EndorsementIssued
        {
            CaseId = CaseId,
            Iin = Iin,
            EndorsementNumber = EndorsementNumber,
            PassportExpiresOn = PassportExpiresOn,
            OccurredAt = now,
        });
    }
}
