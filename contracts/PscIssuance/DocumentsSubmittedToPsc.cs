namespace NomadPlatform.Contracts.PscIssuance;

/// <summary>After the arrival, the applicant handed the permit documents in at a Public Service Center.</summary>
public sealed record DocumentsSubmittedToPsc : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required string Office { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
