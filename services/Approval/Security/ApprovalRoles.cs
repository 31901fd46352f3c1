namespace NomadPlatform.Approval.Security;

/// <summary>The roles the migration service grants its own employees.</summary>
public static class ApprovalRoles
{
    /// <summary>Reviews residence-permit applications and decides them; issues and renews C2 family visas.</summary>
    public const string MigrationOfficer = "MigrationOfficer";

    /// <summary>Records bans on re-application in the registry.</summary>
    public const string BanRegistrar = "BanRegistrar";

    public static readonly string[] All = [MigrationOfficer, BanRegistrar];
}
