namespace NomadPlatform.HubIntake.Features.CaseTimeline;

public sealed record CaseTimelineItem(string EventType, string Agency, DateTimeOffset OccurredAt, Guid MessageId, string? OfficerIin, System.Text.Json.JsonElement Details);
