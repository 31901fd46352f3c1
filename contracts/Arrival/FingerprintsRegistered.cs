namespace NomadPlatform.Contracts.Arrival;

/// <summary>The applicant's ten-print is on record (the templates stay with the migration police).</summary>
public sealed record FingerprintsRegistered : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required int FingersPrinted { get; init; }
    [PersonalData] public required int FingersMissing { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
