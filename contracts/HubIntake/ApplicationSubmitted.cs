namespace NomadPlatform.Contracts.HubIntake;

/// <summary>An applicant submitted a Digital Nomad application on the Astana Hub portal.</summary>
public sealed record ApplicationSubmitted : ICaseEvent
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    [PersonalData] public required string ApplicantName { get; init; }
    [PersonalData] public required DateOnly PassportExpiresOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
