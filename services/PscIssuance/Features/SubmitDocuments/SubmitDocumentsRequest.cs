using NomadPlatform.PscIssuance.Domain;

namespace NomadPlatform.PscIssuance.Features.SubmitDocuments;

public sealed record SubmitDocumentsRequest(Guid? CaseId, string? Office, IReadOnlyList<PscDocument>? Documents);
