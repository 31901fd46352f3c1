namespace NomadPlatform.HubIntake.Features.CaseTimeline;

public sealed record CaseTimelineView(Guid CaseId, string Status, IReadOnlyList<CaseTimelineItem> Events);

public sealed record CaseTimelineItem(string EventType, string Agency, DateTimeOffset OccurredAt, Guid MessageId, System.Text.Json.JsonElement Details);
