namespace NomadPlatform.Contracts.Approval;

/// <summary>The approved application was cancelled (the applicant did not arrive in time); a new one is refused until the ban ends.</summary>
public sealed record RpApplicationCancelled : ICaseEvent
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required string Reason { get; init; }
    /// <summary>The first day a new residence-permit application is accepted again.</summary>
    public required DateOnly ReapplicationAllowedFrom { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
