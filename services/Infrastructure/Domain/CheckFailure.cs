namespace NomadPlatform.Infrastructure.Domain;

/// <summary>One failed check: what it concerns (e.g. a document kind), a stable code and the reason in words.</summary>
public sealed record CheckFailure(string Subject, string Code, string Reason);
