namespace NomadPlatform.Contracts.HubIntake;

/// <summary>A Hub officer returned documents to the applicant, each with the reason; the applicant corrects and resubmits.</summary>
public sealed record DocumentsReturned : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required IReadOnlyList<ReturnedDocument> Documents { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
