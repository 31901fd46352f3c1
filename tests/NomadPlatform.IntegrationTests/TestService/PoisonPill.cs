namespace NomadPlatform.IntegrationTests.TestService;

public sealed record PoisonPill(Guid CaseId, string Reason);
