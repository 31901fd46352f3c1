namespace NomadPlatform.Contracts.HubIntake;

/// <summary>A step of the Hub's review passed its legal deadline (business days of Kazakhstan's calendar) undone.</summary>
public sealed record HubReviewDeadlineMissed : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required string Step { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
