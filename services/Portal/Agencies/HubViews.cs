using System.Text.Json;

namespace NomadPlatform.Portal.Agencies;

public sealed record ChecklistItem(string Kind, int Uploaded, IReadOnlyList<string> Problems, string? Missing);

public sealed record UploadedDocument(Guid DocumentId, string Kind, string Content, string Sha256, long Size, string FileName, DateTimeOffset UploadedAt, IReadOnlyList<string> Problems);

public sealed record NextDeadline(string Step, DateTimeOffset DueAt, bool Missed);

public sealed record DocumentToCorrect(string Kind, string Reason);

public sealed record QueueItem(Guid CaseId, string ApplicantName, string Step, DateTimeOffset DueAt, bool Breached);

public sealed record MyRoles(string Iin, IReadOnlyList<string> Roles);

public sealed record HubApplication(Guid CaseId, string Iin, string? ApplicantName, string Status, DateTimeOffset SubmittedAt, DateTimeOffset? InterviewStartsAt,
    string? EndorsementNumber, DateTimeOffset? EndorsedAt, string? RejectionReason, NextDeadline? NextDeadline, IReadOnlyList<DocumentToCorrect>? ToCorrect);

public sealed record CaseTimelineItem(string EventType, string Agency, DateTimeOffset OccurredAt, Guid MessageId, string? OfficerIin, JsonElement Details);

public sealed record CaseTimeline(Guid CaseId, string Status, IReadOnlyList<CaseTimelineItem> Events);
