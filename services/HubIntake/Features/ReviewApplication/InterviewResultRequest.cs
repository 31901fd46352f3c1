namespace NomadPlatform.HubIntake.Features.ReviewApplication;

public sealed record InterviewResultRequest(bool? Passed, string? Notes);
