namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>A certificate of no criminal record, as declared for one country.</summary>
public sealed record PoliceClearance(string Country, DateOnly IssuedOn, Certification Certification);
