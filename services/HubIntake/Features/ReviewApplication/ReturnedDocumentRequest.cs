namespace NomadPlatform.HubIntake.Features.ReviewApplication;

public sealed record ReturnedDocumentRequest(string? Kind, string? Reason);
