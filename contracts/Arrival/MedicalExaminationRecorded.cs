namespace NomadPlatform.Contracts.Arrival;

/// <summary>A medical examination result is on record. The reason of an unfit result is medical data and stays with Arrival.</summary>
public sealed record MedicalExaminationRecorded : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required DateOnly ExaminedOn { get; init; }
    [PersonalData] public required bool Fit { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
