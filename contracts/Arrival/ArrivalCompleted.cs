namespace NomadPlatform.Contracts.Arrival;

/// <summary>Fingerprints, medical examination and housing contract are all on record.</summary>
public sealed record ArrivalCompleted : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required string HousingAddress { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
