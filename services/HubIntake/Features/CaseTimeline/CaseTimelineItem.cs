namespace NomadPlatform.HubIntake.Features.CaseTimeline;

public sealed record CaseTimelineItem(string EventType, string Agency, DateTimeOffset OccurredAt, Guid MessageId, System.Text.Json.JsonElement Details);
