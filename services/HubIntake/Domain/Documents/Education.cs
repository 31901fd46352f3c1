namespace NomadPlatform.HubIntake.Domain.Documents;

public sealed record Education(string Institution, string Degree, int GraduationYear);
