namespace NomadPlatform.Identity.Apis;

public sealed record PersonView(Guid PersonId, string Iin, string Surname, string GivenName, DateOnly BirthDate, string Sex, string Citizenship);
