namespace NomadPlatform.Contracts.HubIntake;

/// <summary>The online interview is booked.</summary>
public sealed record InterviewScheduled : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required string Interviewer { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
