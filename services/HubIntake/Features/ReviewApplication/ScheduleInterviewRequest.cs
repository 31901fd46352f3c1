namespace NomadPlatform.HubIntake.Features.ReviewApplication;

public sealed record ScheduleInterviewRequest(DateTimeOffset? StartsAt, string? Interviewer);
