using NomadPlatform.Contracts.PscIssuance;
using NomadPlatform.Infrastructure.Domain;

namespace NomadPlatform.PscIssuance.Domain;

/// <summary>
/// The applicant's documents taken at a PSC once Arrival confirmed the arrival complete. It keeps what
/// the permit is issued from: the IIN, the passport's expiry and the housing contract's address.
/// </summary>
public sealed class DocumentSubmission : AggregateRoot, IStagedCase
{
    public static readonly IReadOnlyList<PscDocument> Required = Enum.GetValues<PscDocument>();

    public Guid CaseId { get; private set; }
    public string Iin { get; private set; } = "";
    public string Office { get; private set; } = "";
    public DateOnly PassportExpiresOn { get; private set; }
    public string HousingAddress { get; private set; } = "";
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? PermitIssuedAt { get; private set; }

    public CaseStage Stage => PermitIssuedAt is null ? new("psc.documents-taken", Open: true) : new("psc.permit-issued", Open: false);

    DocumentSubmission() { }

    /// <summary>Every required document at once, or a 422 listing each one missing.</summary>
    public static DocumentSubmission Take(
        Guid caseId, string iin, string office, IReadOnlyCollection<PscDocument> handedOver, DateOnly passportExpiresOn, string housingAddress,
        string officerIin, DateTimeOffset now)
    {
        var missing = Required.Except(handedOver).ToList();
        if (missing.Count > 0)
            throw new ChecksFailed("psc.submission-incomplete", $"The submission is incomplete.",
                missing.Select(d => new CheckFailure(d.ToString(), "psc.document-missing", $"The {d} is required at the PSC.")).ToList());

        var submission = new DocumentSubmission
        {
            CaseId = caseId,
            Iin = iin,
            Office = office,
            PassportExpiresOn = passportExpiresOn,
            HousingAddress = housingAddress,
            SubmittedAt = now,
        };
        submission.Record(new DocumentsSubmittedToPsc { CaseId = caseId, Iin = iin, Office = office, OccurredAt = now, OfficerIin = officerIin });
        return submission;
    }

    public void RecordPermit(DateTimeOffset issuedAt) => PermitIssuedAt ??= issuedAt;
}
