namespace NomadPlatform.Arrival.Security;

/// <summary>The roles the arrival agency grants its own employees.</summary>
public static class ArrivalRoles
{
    /// <summary>Records the applicant's entry at the border.</summary>
    public const string BorderOfficer = "BorderOfficer";

    /// <summary>Takes the ten-print and clears fingerprint matches against other IINs.</summary>
    public const string BiometricsOfficer = "BiometricsOfficer";

    /// <summary>Records the medical certificate and the housing contract, and completes the arrival.</summary>
    public const string MigrationPoliceOfficer = "MigrationPoliceOfficer";

    public static readonly string[] All = [BorderOfficer, BiometricsOfficer, MigrationPoliceOfficer];
}
