namespace NomadPlatform.Infrastructure.Domain;

/// <summary>A request that breaks a rule of the case (wrong status, missing step). Never retried.</summary>
public sealed class CaseRuleViolation(string message) : Exception(message);
