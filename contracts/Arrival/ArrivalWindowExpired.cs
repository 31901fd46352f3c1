namespace NomadPlatform.Contracts.Arrival;

/// <summary>The notification's 30 days passed without a completed arrival.</summary>
public sealed record ArrivalWindowExpired : ICaseEvent
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required DateTimeOffset WindowClosedAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
