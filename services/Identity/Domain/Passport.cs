namespace NomadPlatform.Identity.Domain;

/// <summary>A passport as registered: its number is unique within the issuing country.</summary>
public sealed record Passport(string Number, string Country, DateOnly ExpiresOn);
