namespace NomadPlatform.PscIssuance.Security;

/// <summary>The roles the Public Service Center grants its own employees.</summary>
public static class PscRoles
{
    /// <summary>Takes the applicant's documents at the counter and issues the residence permit.</summary>
    public const string PscOperator = "PscOperator";

    public static readonly string[] All = [PscOperator];
}
