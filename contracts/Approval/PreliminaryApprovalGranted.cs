namespace NomadPlatform.Contracts.Approval;

/// <summary>The migration service approved the electronic residence-permit application.</summary>
public sealed record PreliminaryApprovalGranted : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
