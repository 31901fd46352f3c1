namespace NomadPlatform.HubIntake.Domain;

/// <summary>One event of a case as the applicant sees it, whichever agency published it.</summary>
public sealed class TimelineEntry
{
    public long Id { get; private set; }
    public Guid CaseId { get; init; }
    public Guid MessageId { get; init; }
    public required string EventType { get; init; }
    public required string Agency { get; init; }
    public DateTimeOffset OccurredAt { get; init; }
    public required string Details { get; init; }

    /// <summary>The officer who acted, when the event records an officer's act.</summary>
    public string? OfficerIin { get; init; }
}
