namespace NomadPlatform.Contracts.HubIntake;

/// <summary>The online interview took place, with its result and the interviewer's notes.</summary>
public sealed record InterviewHeld : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required bool Passed { get; init; }
    public required string Notes { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
