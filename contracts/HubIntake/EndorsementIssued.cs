namespace NomadPlatform.Contracts.HubIntake;

/// <summary>Astana Hub endorsed the application: Phase 2 (preliminary approval) may start.</summary>
public sealed record EndorsementIssued : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required string Iin { get; init; }
    public required string EndorsementNumber { get; init; }
    public required DateOnly PassportExpiresOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
