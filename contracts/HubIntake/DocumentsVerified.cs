namespace NomadPlatform.Contracts.HubIntake;

/// <summary>A Hub officer accepted every document of the application.</summary>
public sealed record DocumentsVerified : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
