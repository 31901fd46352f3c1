using NomadPlatform.HubIntake.Domain.Documents;

namespace NomadPlatform.HubIntake.Domain;

/// <summary>A file the filed application consists of, by its kind and SHA-256.</summary>
public sealed record SubmittedDocument(DocumentKind Kind, string Sha256);
