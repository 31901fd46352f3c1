namespace NomadPlatform.Identity.Apis;

public sealed record PersonView(
    Guid PersonId, string Iin, string Surname, string GivenName, DateOnly BirthDate, string Sex,
    IReadOnlyList<string> Citizenships, IReadOnlyList<PassportView> Passports);

public sealed record PassportView(string Number, string Country, DateOnly ExpiresOn);
