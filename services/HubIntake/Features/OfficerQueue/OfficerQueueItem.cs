namespace NomadPlatform.HubIntake.Features.OfficerQueue;

public sealed record OfficerQueueItem(Guid CaseId, string ApplicantName, string Step, DateTimeOffset DueAt, bool Breached);
