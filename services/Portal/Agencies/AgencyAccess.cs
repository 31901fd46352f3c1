namespace NomadPlatform.Portal.Agencies;

/// <summary>One line of an agency's audit log as the person it concerns sees it (no officer's IIN).</summary>
public sealed record AgencyAccess(DateTimeOffset At, string Role, string Action, Guid? CaseId, string What, string? Reason)
{
    /// <summary>How many of the latest lines each agency is asked for.</summary>
    public const int PerAgency = 200;
}
