namespace NomadPlatform.HubIntake.Domain.Documents;

/// <summary>Why a document (or the set of them) fails a machine check: a stable code and a reason in words.</summary>
public sealed record DocumentProblem(DocumentKind Kind, string Code, string Reason);
