namespace NomadPlatform.PscIssuance.Features.IssuePermit;

public sealed record IssuePermitRequest(Guid? CaseId);
