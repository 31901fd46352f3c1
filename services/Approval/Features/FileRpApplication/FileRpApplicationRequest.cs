namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>
/// The filing as the applicant sends it: <see cref="Application"/> is the filing document's JSON
/// (<see cref="FilingDocument"/>) in base64, <see cref="Signature"/> the applicant's detached CMS over
/// exactly those bytes, made with their EDS signing key.
/// </summary>
public sealed record FileRpApplicationRequest(string? Application, string? Signature);

/// <summary>
/// What the applicant signs: the case and their IIN (so the signature fits no other case), the Hub
/// endorsement's number, the form, and the state-duty payment (bank reference, amount in KZT, date).
/// </summary>
public sealed record FilingDocument(
    Guid? CaseId, string? Iin, string? EndorsementNumber, string? Email, string? Phone, string? IntendedAddress, DutyPaymentRequest? Payment);

public sealed record DutyPaymentRequest(string? Reference, decimal? AmountKzt, DateOnly? PaidOn);
