namespace NomadPlatform.Contracts.PscIssuance;

/// <summary>The Public Service Center issued the residence permit.</summary>
public sealed record ResidencePermitIssued : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required string PermitNumber { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidUntil { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
