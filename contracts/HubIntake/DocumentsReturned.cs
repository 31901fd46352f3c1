namespace NomadPlatform.Contracts.HubIntake;

/// <summary>A Hub officer returned documents to the applicant, each with the reason; the applicant corrects and resubmits.</summary>
public sealed record DocumentsReturned : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required IReadOnlyList<ReturnedDocument> Documents { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
