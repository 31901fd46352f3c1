namespace NomadPlatform.Identity.Features.RegisterPerson;

public sealed record RegisterPersonRequest(
    string? Surname,
    string? GivenName,
    DateOnly? BirthDate,
    string? Sex,
    string[]? Citizenships,
    PassportRequest[]? Passports);

public sealed record PassportRequest(string? Number, string? Country, DateOnly? ExpiresOn);
