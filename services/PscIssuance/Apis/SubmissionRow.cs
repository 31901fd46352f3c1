namespace NomadPlatform.PscIssuance.Apis;

/// <summary>One submission on the PSC operators' list, with its permit once issued.</summary>
public sealed record SubmissionRow(Guid CaseId, string Iin, string Office, DateTimeOffset SubmittedAt, string? PermitNumber, DateTimeOffset? PermitIssuedAt);
