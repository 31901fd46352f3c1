namespace NomadPlatform.Contracts.HubIntake;

/// <summary>Astana Hub refused the application, with its reasons.</summary>
public sealed record HubApplicationRejected : ICaseEvent
{
    public required Guid CaseId { get; init; }
    public required string Reason { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
