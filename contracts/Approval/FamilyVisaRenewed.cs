namespace NomadPlatform.Contracts.Approval;

/// <summary>A C2 family visa renewed for another year while the principal's permit is valid.</summary>
public sealed record FamilyVisaRenewed : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    public required string VisaNumber { get; init; }
    public required DateOnly ValidUntil { get; init; }
    public required int Renewals { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
