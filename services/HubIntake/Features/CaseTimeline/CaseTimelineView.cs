namespace NomadPlatform.HubIntake.Features.CaseTimeline;

public sealed record CaseTimelineView(Guid CaseId, string Status, IReadOnlyList<CaseTimelineItem> Events);
