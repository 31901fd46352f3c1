namespace NomadPlatform.Approval.Features.FileRpApplication;

/// <summary>The application form and the state-duty payment (bank reference, amount in KZT, payment date).</summary>
public sealed record FileRpApplicationRequest(string? Email, string? Phone, string? IntendedAddress, DutyPaymentRequest? Payment);

public sealed record DutyPaymentRequest(string? Reference, decimal? AmountKzt, DateOnly? PaidOn);
