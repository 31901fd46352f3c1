namespace NomadPlatform.Contracts.HubIntake;

/// <summary>Astana Hub endorsed the application: Phase 2 (preliminary approval) may start.</summary>
public sealed record EndorsementIssued : ICaseEvent, IOfficerAct
{
    public required Guid CaseId { get; init; }
    [PersonalData] public required string Iin { get; init; }
    public required string EndorsementNumber { get; init; }
    [PersonalData] public required DateOnly PassportExpiresOn { get; init; }

    /// <summary>
    /// The endorsement document (JSON) in an attached CMS signed with Astana Hub's seal certificate
    /// (OU=BIN…); verify it through Identity. Added in contract v1.1: empty in messages from before.
    /// </summary>
    public byte[] SignedEndorsement { get; init; } = [];

    /// <summary>The BIN of the organisation whose seal signed the endorsement (v1.1).</summary>
    public string IssuerBin { get; init; } = "";
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The IIN of the officer who acted (an additive field of December 2026; absent from earlier events).</summary>
    [PersonalData] public string? OfficerIin { get; init; }
}
