namespace NomadPlatform.HubIntake.Features.ReviewApplication;

public sealed record RejectionRequest(string? Reason);
