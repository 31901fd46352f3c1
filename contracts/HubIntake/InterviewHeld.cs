namespace NomadPlatform.Contracts.HubIntake;

/// <summary>The online interview took place, with its result and the interviewer's notes.</summary>
public sealed record InterviewHeld : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    public required bool Passed { get; init; }
    [PersonalData] public required string Notes { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
