namespace NomadPlatform.HubIntake.Domain.Documents;

public sealed record Course(string Title, int Year);
