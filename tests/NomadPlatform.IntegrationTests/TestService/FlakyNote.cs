namespace NomadPlatform.IntegrationTests.TestService;

/// <summary>Handled only after <see cref="FailuresBeforeSuccess"/> failed attempts: an agency that is down for a while.</summary>
public sealed record FlakyNote(Guid CaseId, int FailuresBeforeSuccess);
