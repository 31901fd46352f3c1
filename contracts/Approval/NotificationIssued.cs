namespace NomadPlatform.Contracts.Approval;

/// <summary>The approval notification: the applicant must arrive in Kazakhstan before it expires.</summary>
public sealed record NotificationIssued : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    public required string Iin { get; init; }
    public required string NotificationNumber { get; init; }
    public required DateTimeOffset ValidUntil { get; init; }
    public required DateOnly PassportExpiresOn { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    public string? OfficerIin { get; init; }
}
