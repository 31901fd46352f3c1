namespace NomadPlatform.Contracts.HubIntake;

/// <summary>The online interview is booked.</summary>
public sealed record InterviewScheduled : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    [PersonalData] public required string Interviewer { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
