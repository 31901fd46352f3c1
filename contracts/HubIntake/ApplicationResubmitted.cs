namespace NomadPlatform.Contracts.HubIntake;

/// <summary>The applicant corrected returned documents and signed the application again.</summary>
public sealed record ApplicationResubmitted : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
