namespace NomadPlatform.Contracts.PscIssuance;

/// <summary>The permit holder is registered at the address of the housing contract.</summary>
public sealed record PermanentResidenceRegistered : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required string Address { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
