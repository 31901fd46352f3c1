namespace NomadPlatform.Approval.Features.FamilyVisas;

/// <summary>A spouse or child of the principal (whose case is named) applying for a C2 visa.</summary>
public sealed record FamilyVisaRequest(Guid? PrincipalCaseId, string? FullName, string? Relationship, DateOnly? BirthDate, string? PassportNumber);
