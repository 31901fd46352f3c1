namespace NomadPlatform.Contracts.Arrival;

/// <summary>The applicant entered Kazakhstan inside the notification's window.</summary>
public sealed record EntryRecorded : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required DateOnly EnteredOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
