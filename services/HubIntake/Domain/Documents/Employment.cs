namespace NomadPlatform.HubIntake.Domain.Documents;

public sealed record Employment(string Company, string Position, int FromYear, int? ToYear);
