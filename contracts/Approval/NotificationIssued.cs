namespace NomadPlatform.Contracts.Approval;

/// <summary>The approval notification: the applicant must arrive in Kazakhstan before it expires.</summary>
public sealed record NotificationIssued : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required string NotificationNumber { get; init; }
    public required DateTimeOffset ValidUntil { get; init; }
    [PersonalData] public required DateOnly PassportExpiresOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
