namespace NomadPlatform.Infrastructure.Audit;

/// <summary>
/// Why an officer may look a person up outside any case of theirs: the codes an officer's read by IIN
/// must give when it names no case (a read for a case is for that case). Recorded with the read and shown
/// to the person.
/// </summary>
public static class AccessReasons
{
    /// <summary>The person asked for it themselves (at a consulate, a counter, by letter).</summary>
    public const string ApplicantRequest = "applicant-request";

    /// <summary>Keeping the registry of bans on re-application.</summary>
    public const string BanRegistry = "ban-registry";

    /// <summary>Confirming who someone is (registration, the border).</summary>
    public const string IdentityCheck = "identity-check";

    /// <summary>A court's or prosecutor's order.</summary>
    public const string CourtOrder = "court-order";

    /// <summary>The agency's own auditors.</summary>
    public const string InternalAudit = "internal-audit";

    public static readonly IReadOnlyList<string> All = [ApplicantRequest, BanRegistry, IdentityCheck, CourtOrder, InternalAudit];
}
