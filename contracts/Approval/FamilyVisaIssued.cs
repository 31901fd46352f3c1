namespace NomadPlatform.Contracts.Approval;

/// <summary>A C2 family-reunification visa for the principal's spouse or child: one year, with the right to work; never a residence permit.</summary>
public sealed record FamilyVisaIssued : ICaseEvent, IOfficerAct
{
    /// <summary>The principal's case.</summary>
    public required Guid CaseId { get; init; }
    public required string VisaNumber { get; init; }
    [PersonalData] public required string MemberName { get; init; }
    [PersonalData] public required string Relationship { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidUntil { get; init; }
    public required bool RightToWork { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
