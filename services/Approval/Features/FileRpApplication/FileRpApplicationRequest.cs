namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>The application form, the Hub endorsement's number, and the state-duty payment (bank reference, amount in KZT, payment date).</summary>
public sealed record FileRpApplicationRequest(string? EndorsementNumber, string? Email, string? Phone, string? IntendedAddress, DutyPaymentRequest? Payment);

public sealed record DutyPaymentRequest(string? Reference, decimal? AmountKzt, DateOnly? PaidOn);
