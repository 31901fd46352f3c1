namespace NomadPlatform.Contracts.Approval;

/// <summary>The migration service did not decide within 45 calendar days of filing; the case is flagged for supervisors.</summary>
public sealed record MigrationReviewDeadlineMissed : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
