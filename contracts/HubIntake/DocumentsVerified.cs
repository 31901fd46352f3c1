namespace NomadPlatform.Contracts.HubIntake;

/// <summary>A Hub officer accepted every document of the application.</summary>
public sealed record DocumentsVerified : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
