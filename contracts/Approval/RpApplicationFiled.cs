namespace NomadPlatform.Contracts.Approval;

/// <summary>The applicant filed the electronic residence-permit application (form and paid state duty): the 45-day review runs.</summary>
public sealed record RpApplicationFiled : ICaseEvent
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required DateTimeOffset ReviewDueAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
