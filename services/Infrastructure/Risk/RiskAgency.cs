namespace NomadPlatform.Infrastructure.Risk;

/// <summary>The agency as its contracts' namespace names it (<c>Approval</c>, <c>HubIntake</c>): in its events and its exchange.</summary>
public sealed record RiskAgency(string Name);
