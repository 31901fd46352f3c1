namespace NomadPlatform.Identity.Features.RegisterPerson;

public sealed record RegisterPersonRequest(
    string? Surname,
    string? GivenName,
    DateOnly? BirthDate,
    string? Sex,
    string? Citizenship,
    string? PassportNumber,
    string? PassportCountry,
    DateOnly? PassportExpiresOn);
