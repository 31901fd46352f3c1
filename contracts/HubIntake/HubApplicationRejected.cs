namespace NomadPlatform.Contracts.HubIntake;

/// <summary>Astana Hub refused the application, with its reasons.</summary>
public sealed record HubApplicationRejected : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
