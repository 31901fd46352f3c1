namespace NomadPlatform.Contracts.Approval;

/// <summary>The migration service approved the electronic residence-permit application.</summary>
public sealed record PreliminaryApprovalGranted : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required string Iin { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
