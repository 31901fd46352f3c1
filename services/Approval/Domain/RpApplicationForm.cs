namespace NomadPlatform.Approval.Domain;

/// <summary>The electronic application form: how to reach the applicant and where they intend to live.</summary>
public sealed record RpApplicationForm(string Email, string Phone, string IntendedAddress);
